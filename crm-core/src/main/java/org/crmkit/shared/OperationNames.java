package org.crmkit.shared;

import java.util.Iterator;
import java.util.Map;

/**
 * Names an operation after the public service method it was called on, found on the stack: the
 * services are final classes with a hundred methods between them, and naming each in code would
 * put a line in every one. Only walked when an observer is installed.
 */
final class OperationNames {

    /** The public services, each by the name of its {@code Crm} accessor. */
    private static final Map<String, String> SERVICES = Map.of(
            "org.crmkit.commerce.CommerceService", "commerce",
            "org.crmkit.customer.CustomerService", "customers",
            "org.crmkit.customer.CustomerTimeline", "timeline",
            "org.crmkit.loyalty.LoyaltyService", "loyalty",
            "org.crmkit.tier.TierService", "tiers",
            "org.crmkit.complaint.ComplaintService", "complaints",
            "org.crmkit.value.ValueService", "value",
            "org.crmkit.segment.SegmentService", "segments",
            "org.crmkit.privacy.PrivacyService", "privacy");

    /** For work started outside every public service, such as a port used directly. */
    static final String OTHER = "other";

    private static final StackWalker WALKER = StackWalker.getInstance();

    private OperationNames() {}

    /**
     * {@code <service>.<method>} of the outermost public service method in crmkit's part of the
     * stack (a private helper of a service, or a service called by another, is inside it), or
     * {@link #OTHER}. Stops at the first frame outside crmkit above it.
     */
    static String ofCaller() {
        return WALKER.walk(frames -> {
            String found = null;
            for (Iterator<StackWalker.StackFrame> it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame frame = it.next();
                String service = SERVICES.get(frame.getClassName());
                if (service != null && !frame.getMethodName().startsWith("lambda$")) {
                    found = service + "." + frame.getMethodName();
                } else if (found != null && !frame.getClassName().startsWith("org.crmkit.")) {
                    break;
                }
            }
            return found != null ? found : OTHER;
        });
    }
}
