package org.crmkit.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.TenantId;

/**
 * Defines (or redefines) the tenant's funnel: its open stages in order; WON and LOST follow them
 * in every funnel. Opportunities in a stage the new funnel lacks stay there and may be moved on.
 *
 * @param stages 1 to 20 distinct names of 1 to 32 upper-case letters, digits and underscores, not WON or LOST
 * @since 0.2
 */
public record DefineFunnel(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = SalesFunnel.MAX_STAGES)
                List<@NotNull @Size(min = 1, max = 32) @Pattern(regexp = SalesText.STAGE, message = SalesText.STAGE_MESSAGE) String> stages) {}
