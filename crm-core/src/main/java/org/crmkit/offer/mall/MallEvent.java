package org.crmkit.offer.mall;

import org.crmkit.shared.DomainEvent;

/**
 * Events of the points mall. They carry ids, codes and amounts; a shipped order's tracking
 * reference is replaced when its customer is erased.
 *
 * @since 0.2
 */
public sealed interface MallEvent extends DomainEvent permits RewardDefined, RewardRedeemed, RewardFulfilled, RewardShipped, RewardCancelled {}
