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
 * Changes an open opportunity's plan: its owner, expected value, probability, next action and due date.
 *
 * @param expectedVersion the opportunity's version the plan was made on; refused if it moved on
 * @param owner the salesperson, 1 to 64 characters, one line
 * @param expectedValue zero to 10^12 units, in the opportunity's currency
 * @param probability 0 to 100 percent
 * @param nextAction up to 500 characters, one line, or null
 * @param dueDate when the next action is due, or null
 * @since 0.2
 */
public record PlanOpportunity(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String opportunityId,
        @Positive long expectedVersion,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String owner,
        @NotNull Money expectedValue,
        @Min(0) @Max(100) int probability,
        @Size(min = 1, max = 500) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) @Nullable String nextAction,
        @Nullable LocalDate dueDate) {}
