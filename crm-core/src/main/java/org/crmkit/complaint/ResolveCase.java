package org.crmkit.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a case, optionally granting goodwill points through the loyalty ledger in the same
 * unit of work. Replaying the same resolution returns the case and grants nothing more.
 *
 * @param outcome refund, replacement, repair, compensation, explanation or rejected
 * @param summary what was agreed, or why the request was rejected; 1 to 1,000 characters
 * @param goodwillPoints points to grant, 0 for none
 * @param programmeId the programme to grant them in, or null for the default programme
 * @since 0.1
 */
public record ResolveCase(
        @NotNull TenantId tenantId,
        @NotNull CaseId caseId,
        @NotNull ResolutionOutcome outcome,
        @NotBlank @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) String summary,
        @PositiveOrZero @Max(1_000_000_000L) long goodwillPoints,
        @Nullable ProgrammeId programmeId,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor) {

    /** A resolution without points. */
    public static ResolveCase of(TenantId tenantId, CaseId caseId, ResolutionOutcome outcome, String summary, String actor) {
        return new ResolveCase(tenantId, caseId, outcome, summary, 0, null, actor);
    }

    /** This resolution with goodwill points in the default programme. */
    public ResolveCase withGoodwill(long points) {
        return new ResolveCase(tenantId, caseId, outcome, summary, points, programmeId, actor);
    }

    /** This resolution with goodwill points in a programme. */
    public ResolveCase withGoodwill(long points, ProgrammeId programme) {
        return new ResolveCase(tenantId, caseId, outcome, summary, points, programme, actor);
    }

    /** The programme points go to. */
    public ProgrammeId programme() {
        return programmeId == null ? ProgrammeId.DEFAULT : programmeId;
    }
}
