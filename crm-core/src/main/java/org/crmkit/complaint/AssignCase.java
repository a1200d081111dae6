package org.crmkit.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

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
        @NotBlank @Size(max = 64) @Pattern(regexp = Texts.CODE, message = Texts.CODE_MESSAGE) String team,
        @Size(min = 1, max = 64) @Pattern(regexp = Texts.CODE, message = Texts.CODE_MESSAGE) String agent,
        @NotBlank @Size(max = 100) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE) String actor,
        @Size(max = 1000) @Pattern(regexp = Texts.FREE_TEXT, message = Texts.FREE_TEXT_MESSAGE) String note) {}
