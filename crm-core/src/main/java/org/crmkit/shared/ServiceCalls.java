package org.crmkit.shared;

import java.util.Iterator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Names the operations an {@link OperationObserver} hears after the public service method they
 * were called on, without looking at the stack on every call: each public method of crmkit's
 * services runs its body as a lambda through {@link #call} or {@link #run}, and the lambda's class,
 * one per method, is named once, by the stack the first time it runs. The outermost of these calls
 * on a thread names every unit of work started under it; a service that hands a host's callback
 * rows runs the callback through {@link #outside}, so a service the callback calls names its own
 * operations, as if called from the host.
 *
 * <p>For crmkit's own services (an architecture test holds every public method of the services
 * {@code Crm} hands out to it); a host has no use for it. Until a {@code Crm} with an observer is
 * built, it only runs the work.
 *
 * @since 0.3
 */
public final class ServiceCalls {

    /** The name of the outermost service call running on this thread, if any. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** Set once an observer is installed in this JVM; until then there is nothing to name. */
    private static volatile boolean observed;

    /** A work lambda's class: the call site in a public service method that made it. Empty: not one. */
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> workClass) {
            return callerOfCall();
        }
    };

    private static final StackWalker WALKER = StackWalker.getInstance();

    private ServiceCalls() {}

    /**
     * Runs {@code work}, the body of a public service method, written as a lambda in that method.
     *
     * @return what {@code work} returned
     */
    public static <T> T call(Supplier<T> work) {
        if (!observed || CURRENT.get() != null) {
            return work.get();
        }
        return named(NAMES.get(work.getClass()), work);
    }

    /** Runs {@code work}, the body of a public service method returning nothing, written as a lambda in that method. */
    public static void run(Runnable work) {
        if (!observed || CURRENT.get() != null) {
            work.run();
            return;
        }
        named(NAMES.get(work.getClass()), () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as the outermost service call on this thread, named {@code name} (empty: unnamed). */
    static <T> T named(String name, Supplier<T> work) {
        CURRENT.set(name);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * Runs {@code hostCode}, a host's callback called from inside a service method, as code outside
     * every service call: a service it calls names its operations after itself.
     */
    public static void outside(Runnable hostCode) {
        String current = CURRENT.get();
        if (current == null) {
            hostCode.run();
            return;
        }
        CURRENT.remove();
        try {
            hostCode.run();
        } finally {
            CURRENT.set(current);
        }
    }

    /** Called when an observer is installed: from then on service calls are named. */
    static void observing() {
        observed = true;
    }

    /**
     * {@code <service>.<method>} of the outermost service call running on this thread, or null if
     * there is none (or it is not a known service's), when the stack has to be asked.
     */
    static @Nullable String current() {
        String name = CURRENT.get();
        return name == null || name.isEmpty() ? null : name;
    }

    /** The name of the frame that called {@link #call} or {@link #run}, or empty if it is not a public service's. */
    private static String callerOfCall() {
        return WALKER.walk(frames -> {
            for (Iterator<StackWalker.StackFrame> it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame frame = it.next();
                if (frame.getClassName().equals(ServiceCalls.class.getName())
                        && (frame.getMethodName().equals("call") || frame.getMethodName().equals("run")) && it.hasNext()) {
                    StackWalker.StackFrame caller = it.next();
                    String service = OperationNames.serviceOf(caller.getClassName());
                    return service == null ? "" : service + "." + caller.getMethodName();
                }
            }
            return "";
        });
    }
}
