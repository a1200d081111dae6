package org.crmkit.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A customer's answer to the opinion survey (NPS), outside any case.
 *
 * @param surveyKey the host's id of the answer, 1 to 128 printable ASCII characters; recording it again changes nothing
 * @param score 0 to 10
 * @param comment up to 1,000 characters, or null
 * @since 0.1
 */
public record RecordNps(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String surveyKey,
        @Min(0) @Max(10) int score,
        @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String comment) {}
