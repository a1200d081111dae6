package org.crmkit.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Hands an open case to a team, and optionally one of its agents.
 *
 * @param team the team code, 1 to 64 characters
 * @param agent the agent id, up to 64 characters, or null for the team's queue
 * @since 0.1
 */
public record AssignCase(
        @NotNull TenantId tenantId,
        @NotNull CaseId caseId,
        @NotBlank @Size(max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String team,
        @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) @Nullable String agent,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor,
        @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) String note) {}
