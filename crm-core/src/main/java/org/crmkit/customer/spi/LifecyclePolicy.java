package org.crmkit.customer.spi;

import java.util.Optional;

/**
 * Decides where a customer's lifecycle stage moves when something is learnt about their buying:
 * a new purchase was recorded, or a scoring run estimated how likely they are still buying.
 *
 * <p>crmkit calls it inside the unit of work of the purchase or of the scored customer, and
 * applies the move it returns along the legal transitions of {@link
 * org.crmkit.customer.LifecycleStage} (through the at-risk stage if the target is not one step
 * away), recording each step with the move's reason. A target the current stage cannot reach is
 * ignored; returning the current stage or empty leaves the customer where they are. A replayed
 * purchase does not reach the policy.
 *
 * <p>Implementations must be thread-safe, fast and free of side effects. The default is {@link
 * LifecyclePolicies#standard()}; give another to {@code Crm.builder().lifecyclePolicy(...)}.
 *
 * @since 0.1
 */
public interface LifecyclePolicy {

    /** The move a newly recorded purchase makes, if any. */
    Optional<LifecycleMove> afterPurchase(PurchaseSignal signal);

    /** The move a scoring run's estimate makes, if any. */
    Optional<LifecycleMove> afterScoring(ScoringSignal signal);
}
