package org.crmkit.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Records that an agent answered the customer; the first answer meets the first-response target.
 *
 * @param actor the agent, 1 to 100 characters
 * @param note what was said, up to 1,000 characters, or null
 * @since 0.1
 */
public record RecordResponse(
        @NotNull TenantId tenantId,
        @NotNull CaseId caseId,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor,
        @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String note) {}
