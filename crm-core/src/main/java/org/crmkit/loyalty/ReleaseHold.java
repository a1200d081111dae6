package org.crmkit.loyalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Gives the points of an open hold back: the order was cancelled.
 *
 * @param holdId the id from the hold's receipt
 * @since 0.1
 */
public record ReleaseHold(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 64) String holdId) {}
