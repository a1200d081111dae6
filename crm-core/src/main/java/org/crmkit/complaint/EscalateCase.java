package org.crmkit.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Escalates an open case by hand (a supervisor, a customer's demand).
 *
 * @param level the level to raise it to, 1 to 9, above its current one unless it is reassigned
 * @param team a team to hand it to, or null to keep the assignee
 * @param reason why, 1 to 500 characters
 * @since 0.1
 */
public record EscalateCase(
        @NotNull TenantId tenantId,
        @NotNull CaseId caseId,
        @Min(1) @Max(9) int level,
        @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) @Nullable String team,
        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) String reason,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor) {}
