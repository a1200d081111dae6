package org.crmkit.customer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Moves a customer to another lifecycle stage; see {@link LifecycleStage} for the legal moves.
 *
 * @param tenantId the tenant
 * @param customerId the customer
 * @param target the new stage
 * @param reason why, up to 500 characters, or null
 * @since 0.1
 */
public record ChangeStage(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull LifecycleStage target,
        @Size(max = 500) @Pattern(regexp = Constraints.FREE_TEXT, message = Constraints.FREE_TEXT_MESSAGE) @Nullable String reason) {

    /** A stage change without a reason. */
    public static ChangeStage to(TenantId tenantId, CustomerId customerId, LifecycleStage target) {
        return new ChangeStage(tenantId, customerId, target, null);
    }
}
