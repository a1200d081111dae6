package org.crmkit.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The customer's rating of a resolved case. Only after resolution; once per resolution (the
 * same rating again is a replay); a low score may reopen the case, per the tenant's policy.
 *
 * @param score 1 to 5
 * @param comment up to 1,000 characters, or null
 * @since 0.1
 */
public record RecordSatisfaction(
        @NotNull TenantId tenantId,
        @NotNull CaseId caseId,
        @Min(1) @Max(5) int score,
        @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String comment) {}
