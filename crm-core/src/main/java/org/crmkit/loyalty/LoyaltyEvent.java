package org.crmkit.loyalty;

import org.crmkit.shared.DomainEvent;

/**
 * Events of the loyalty context. They carry ids and amounts, never personal data.
 *
 * @since 0.1
 */
public sealed interface LoyaltyEvent extends DomainEvent
        permits PointsEarned, PointsHeld, PointsHoldReleased, PointsRedeemed, PointsExpired, PointsReversed, PointsAdjusted,
                PointsTransferred {

    /** The account concerned. */
    AccountRef account();

    /** The operation that caused it. */
    String operationKey();

    @Override
    default String aggregateId() {
        return account().toString();
    }
}
