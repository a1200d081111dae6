package org.crmkit.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/** What the adapter's dynamic proxies of connections and statements share: handing a call to the object they wrap. */
final class Delegation {

    private Delegation() {}

    /**
     * {@code method} called on {@code target}, for {@code proxy}: {@code equals} and {@code hashCode} are the proxy's own
     * identity (a proxy equals itself, not the object it wraps), any other method is the target's.
     */
    static @Nullable Object delegate(Object proxy, Object target, Method method, @Nullable Object @Nullable [] args) throws Throwable {
        if (method.getName().equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
        }
        if (method.getName().equals("hashCode") && args == null) {
            return System.identityHashCode(proxy);
        }
        return invoke(target, method, args);
    }

    /** {@code method} called on {@code target}, throwing what the method throws rather than the reflection's wrapper. */
    static @Nullable Object invoke(Object target, Method method, @Nullable Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
