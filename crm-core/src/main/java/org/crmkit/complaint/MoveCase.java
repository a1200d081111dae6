package org.crmkit.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Moves a case to another status: acknowledge, start work, wait on the customer, resume, close,
 * cancel or reopen. Resolving takes a {@link ResolveCase}.
 *
 * @param to the status wanted; not {@link CaseStatus#RESOLVED}
 * @param actor who, 1 to 100 characters
 * @param note why, up to 1,000 characters, or null
 * @param expectedVersion the version the caller saw, or null; if given and stale the move fails with
 *     a {@link org.crmkit.shared.StaleVersionException} instead of applying to a newer state
 * @since 0.1
 */
public record MoveCase(
        @NotNull TenantId tenantId,
        @NotNull CaseId caseId,
        @NotNull CaseStatus to,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor,
        @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String note,
        @PositiveOrZero Long expectedVersion) {

    /** A move with no note and no expected version. */
    public static MoveCase to(TenantId tenantId, CaseId caseId, CaseStatus to, String actor) {
        return new MoveCase(tenantId, caseId, to, actor, null, null);
    }

    /** This move with a note. */
    public MoveCase noting(String newNote) {
        return new MoveCase(tenantId, caseId, to, actor, newNote, expectedVersion);
    }

    /** This move only if the case is still at {@code version}. */
    public MoveCase ifVersion(long version) {
        return new MoveCase(tenantId, caseId, to, actor, note, version);
    }
}
