package org.crmkit.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Moves an open opportunity to another stage of the funnel (forward or back), or closes it as
 * {@link SalesFunnel#WON} or {@link SalesFunnel#LOST}; the move is added to its stage history.
 *
 * @param expectedVersion the opportunity's version the move was decided on; refused if it moved on
 * @param stage an open stage of the tenant's funnel other than the current one, WON or LOST
 * @param reason why it was lost, up to 500 characters, or null (kept only for LOST)
 * @since 0.2
 */
public record MoveOpportunity(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String opportunityId,
        @Positive long expectedVersion,
        @NotNull @Size(min = 1, max = 32) @Pattern(regexp = SalesText.STAGE, message = SalesText.STAGE_MESSAGE) String stage,
        @Size(min = 1, max = 500) @Pattern(regexp = SalesText.TEXT, message = SalesText.TEXT_MESSAGE) @Nullable String reason) {}
