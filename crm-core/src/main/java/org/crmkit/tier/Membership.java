package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A member's place on a ladder.
 *
 * @param tierCode the tier the metric earned (an override may show another; see {@link #effectiveTier})
 * @param since when the member entered that tier
 * @param upgradedAt when the member was last upgraded (retention counts from here)
 * @param joinedOn the day the member joined, in the ladder's zone (anniversary assessments)
 * @param lastAssessedOn the last assessment day applied, or null
 * @param override a manual tier, or null
 * @param version +1 per unit of work that changed the membership
 * @since 0.1
 */
public record Membership(
        TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String tierCode, Instant since, Instant upgradedAt,
        LocalDate joinedOn, @Nullable LocalDate lastAssessedOn, @Nullable TierOverride override, long version) {

    /** Checks and normalises the components as the record's description says. */
    public Membership {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
        checkNotNull(tierCode, "tierCode");
        checkNotNull(since, "since");
        checkNotNull(upgradedAt, "upgradedAt");
        checkNotNull(joinedOn, "joinedOn");
    }

    /** The tier that applies at {@code now}: an active override, else the earned tier. */
    public String effectiveTier(Instant now) {
        TierOverride active = activeOverride(now);
        return active != null ? active.tierCode() : tierCode;
    }

    /** The override in force at {@code at}, or null. */
    @Nullable TierOverride activeOverride(Instant at) {
        return override != null && override.isActiveAt(at) ? override : null;
    }

    /** Whether the assessment of {@code date} (or a later one) has already run for this member. */
    boolean assessedBy(LocalDate date) {
        return lastAssessedOn != null && !lastAssessedOn.isBefore(date);
    }

    Membership movedTo(String code, Instant at, boolean upgrade) {
        return new Membership(tenantId, customerId, programmeId, code, at, upgrade ? at : upgradedAt, joinedOn, lastAssessedOn, override,
                version);
    }

    /** Back in {@code code} as a re-run assessment decided: the tier, since when, and the last upgrade restored. */
    Membership corrected(String code, Instant newSince, Instant newUpgradedAt) {
        return new Membership(tenantId, customerId, programmeId, code, newSince, newUpgradedAt, joinedOn, lastAssessedOn, override,
                version);
    }

    Membership assessedOn(LocalDate date) {
        return new Membership(tenantId, customerId, programmeId, tierCode, since, upgradedAt, joinedOn, date, override, version);
    }

    Membership withOverride(TierOverride newOverride) {
        return new Membership(tenantId, customerId, programmeId, tierCode, since, upgradedAt, joinedOn, lastAssessedOn, newOverride,
                version);
    }

    Membership atVersion(long newVersion) {
        return new Membership(tenantId, customerId, programmeId, tierCode, since, upgradedAt, joinedOn, lastAssessedOn, override, newVersion);
    }
}
