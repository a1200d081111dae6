package org.crmkit.tier;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.ProgrammeId;

/**
 * Events of the tier context.
 *
 * @since 0.1
 */
public sealed interface TierEvent extends DomainEvent permits TierUpgraded, TierDowngraded, TierRetained, TierOverridden {

    /** The member. */
    CustomerId customerId();

    /** The ladder's programme. */
    ProgrammeId programmeId();

    @Override
    default String aggregateId() {
        return customerId().value() + "/" + programmeId().value();
    }
}
