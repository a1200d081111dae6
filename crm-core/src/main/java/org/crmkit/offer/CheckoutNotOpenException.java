package org.crmkit.offer;

import org.crmkit.shared.RuleViolationException;

/**
 * A commit or release asked of a checkout that is no longer held: it was committed, released, or
 * passed its expiry.
 *
 * @since 0.2
 */
public class CheckoutNotOpenException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    /** See {@link #status()}. */
    private final CheckoutStatus status;

    /**
     * @param orderReference the order
     * @param status where its checkout stands
     * @param asked what was asked, e.g. {@code commit}
     */
    public CheckoutNotOpenException(String orderReference, CheckoutStatus status, String asked) {
        super("cannot " + asked + " the checkout of order " + orderReference + ": it is " + status.name().toLowerCase(java.util.Locale.ROOT));
        this.status = status;
    }

    /** Where the checkout stands. */
    public CheckoutStatus status() {
        return status;
    }
}
