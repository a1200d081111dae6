package org.crmkit.customer;

import jakarta.validation.constraints.NotNull;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Records that a customer gave or withdrew marketing consent for one channel, at the clock's
 * current time.
 *
 * @param tenantId the tenant
 * @param customerId the customer
 * @param channel the channel
 * @param granted true to give, false to withdraw
 * @since 0.1
 */
public record RecordConsent(
        @NotNull TenantId tenantId, @NotNull CustomerId customerId, @NotNull MarketingChannel channel, boolean granted) {}
