package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;
/**
 * Targets for the cases a rule matches; a null criterion matches anything.
 *
 * @param type the case type, or null
 * @param priority the priority, or null
 * @param tierCode the customer's tier code, or null (a tier override: e.g. diamond members' cases are acknowledged in 2 hours)
 * @param targets the targets
 * @since 0.1
 */
public record SlaRule(@Nullable CaseType type, @Nullable Priority priority, @Nullable String tierCode, SlaTargets targets) {

    /** Checks and normalises the components as the record's description says. */
    public SlaRule {
        checkNotNull(targets, "targets");
    }

    /** Targets for one type and priority. */
    public static SlaRule of(CaseType type, Priority priority, SlaTargets targets) {
        return new SlaRule(type, priority, null, targets);
    }

    /** Targets for a tier's customers, whatever the type and priority. */
    public static SlaRule forTier(String tierCode, SlaTargets targets) {
        return new SlaRule(null, null, checkNotNull(tierCode, "tierCode"), targets);
    }

    boolean matches(CaseType t, Priority p, String tier) {
        return (type == null || type == t) && (priority == null || priority == p) && (tierCode == null || tierCode.equals(tier));
    }

    int specificity() {
        return (type == null ? 0 : 1) + (priority == null ? 0 : 1) + (tierCode == null ? 0 : 3);
    }
}
