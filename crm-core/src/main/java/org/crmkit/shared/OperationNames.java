package org.crmkit.shared;

import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public services by their {@code Crm} accessors, and the name of an operation found on the
 * stack: the fallback for work {@link ServiceCalls} has not named (a unit of work started through
 * a port or on a thread of the host's own), as a walk of the stack costs microseconds an operation.
 * Only walked when an observer is installed.
 */
final class OperationNames {

    /**
     * The public services, each by the name of its {@code Crm} accessor (by class name: the shared
     * kernel does not depend on the contexts). {@code OperationNamesTest} holds this to {@code Crm}'s
     * accessors, so a service added there and not here fails the build rather than being named
     * {@link #OTHER}.
     */
    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("org.crmkit.commerce.CommerceService", "commerce"),
            Map.entry("org.crmkit.customer.CustomerService", "customers"),
            Map.entry("org.crmkit.customer.CustomerTimeline", "timeline"),
            Map.entry("org.crmkit.loyalty.LoyaltyService", "loyalty"),
            Map.entry("org.crmkit.tier.TierService", "tiers"),
            Map.entry("org.crmkit.complaint.ComplaintService", "complaints"),
            Map.entry("org.crmkit.value.ValueService", "value"),
            Map.entry("org.crmkit.segment.SegmentService", "segments"),
            Map.entry("org.crmkit.privacy.PrivacyService", "privacy"),
            Map.entry("org.crmkit.offer.CheckoutService", "checkout"),
            Map.entry("org.crmkit.offer.coupon.CouponService", "coupons"),
            Map.entry("org.crmkit.offer.mall.PointsMallService", "mall"),
            Map.entry("org.crmkit.offer.card.StoredValueService", "storedValue"),
            Map.entry("org.crmkit.marketing.review.ReviewService", "reviews"),
            Map.entry("org.crmkit.marketing.survey.SurveyService", "surveys"),
            Map.entry("org.crmkit.sales.SalesService", "sales"),
            Map.entry("org.crmkit.marketing.campaign.CampaignService", "campaigns"),
            Map.entry("org.crmkit.marketing.journey.JourneyService", "journeys"));

    /** For work started outside every public service, such as a port used directly. */
    static final String OTHER = "other";

    private static final StackWalker WALKER = StackWalker.getInstance();

    private OperationNames() {}

    /** The {@code Crm} accessor of the public service named {@code className}, or null if it is not one. */
    static @Nullable String serviceOf(String className) {
        return SERVICES.get(className);
    }

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
                String service = serviceOf(frame.getClassName());
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
