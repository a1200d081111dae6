package org.crmkit.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Qualifies an open lead into an opportunity in the funnel's first stage, with the lead's source,
 * owner and customer.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant among opportunity openings
 * @param expectedVersion the lead's version the decision was taken on
 * @param title what is being sold, 1 to 200 characters, one line
 * @param expectedValue zero to 10^12 units
 * @param probability the chance of winning, 0 to 100 percent
 * @param nextAction up to 500 characters, one line, or null
 * @param dueDate when the next action is due, or null
 * @since 0.2
 */
public record QualifyLead(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String leadId,
        @Positive long expectedVersion,
        @NotBlank @Size(max = 200) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String title,
        @NotNull Money expectedValue,
        @Min(0) @Max(100) int probability,
        @Size(min = 1, max = 500) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) @Nullable String nextAction,
        @Nullable LocalDate dueDate) {}
