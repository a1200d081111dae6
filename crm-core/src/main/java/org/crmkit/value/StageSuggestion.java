package org.crmkit.value;

import org.crmkit.customer.LifecycleStage;
import org.crmkit.shared.CustomerId;

/**
 * A lifecycle stage that a customer's P(alive) suggests, differing from the current one. The host
 * decides whether to apply it (with {@code CustomerService.changeStage}).
 *
 * @since 0.1
 */
public record StageSuggestion(CustomerId customerId, LifecycleStage current, LifecycleStage suggested, double pAlive) {}
