package org.crmkit.customer;

import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.RuleViolationException;

/**
 * A lifecycle stage change that {@link LifecycleStage} does not allow.
 *
 * @since 0.1
 */
public class IllegalStageTransitionException extends RuleViolationException {

    /** See {@link #from()}. */
    private final LifecycleStage from;
    /** See {@link #to()}. */
    private final LifecycleStage to;

    /** The lifecycle does not allow moving the customer from {@code from} to {@code to}. */
    public IllegalStageTransitionException(CustomerId customerId, LifecycleStage from, LifecycleStage to) {
        super("customer " + customerId + " cannot move from " + from + " to " + to + "; from " + from
                + " the allowed stages are " + from.next());
        this.from = from;
        this.to = to;
    }

    /** The current stage. */
    public LifecycleStage from() {
        return from;
    }

    /** The refused target stage. */
    public LifecycleStage to() {
        return to;
    }

    /** The stages that would have been accepted. */
    public Set<LifecycleStage> allowed() {
        return from.next();
    }
}
