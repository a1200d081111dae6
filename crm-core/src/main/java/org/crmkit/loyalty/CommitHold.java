package org.crmkit.loyalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Redeems the points of an open hold: the order was paid.
 *
 * @param holdId the id from the hold's receipt
 * @since 0.1
 */
public record CommitHold(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 64) String holdId) {}
