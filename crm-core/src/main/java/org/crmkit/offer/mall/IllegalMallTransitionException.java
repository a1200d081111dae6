package org.crmkit.offer.mall;

import org.crmkit.shared.RuleViolationException;

/**
 * A mall order cannot make the move asked for from where it stands (e.g. cancelling a shipped
 * order, shipping a digital one). Nothing was written.
 *
 * @since 0.2
 */
public class IllegalMallTransitionException extends RuleViolationException {

    /** See {@link #status()}. */
    private final MallOrderStatus status;

    /** {@code orderId}, in {@code status}, cannot be moved by {@code action}, because {@code why}. */
    public IllegalMallTransitionException(String orderId, MallOrderStatus status, String action, String why) {
        super("mall order '" + orderId + "' is " + status + " and cannot be " + action + ": " + why);
        this.status = status;
    }

    /** The status the order was in. */
    public MallOrderStatus status() {
        return status;
    }
}
