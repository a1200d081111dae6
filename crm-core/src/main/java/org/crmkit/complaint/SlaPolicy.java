package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's service levels: default targets, rules per type × priority (and per tier, which
 * outranks them), and the share of a target after which a case counts as at risk.
 *
 * <p>Of the matching rules the most specific wins: a tier weighs three (so it outranks a type ×
 * priority rule), a type or a priority one each; between equally specific rules the first listed
 * wins. No match: the defaults.
 *
 * @param defaults targets when no rule matches
 * @param rules the rules, in order
 * @param atRiskShare the elapsed share of a target at which a case is at risk, above 0 and below 1 (e.g. 0.8)
 * @since 0.1
 */
public record SlaPolicy(SlaTargets defaults, List<SlaRule> rules, double atRiskShare) {

    /** JD's 24 hours to acknowledge, 48 to first response, a week to resolve; at risk at 80%. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(SlaTargets.DEFAULT, List.of(), 0.8);

    /** Checks and normalises the components as the record's description says. */
    public SlaPolicy {
        checkNotNull(defaults, "defaults");
        rules = List.copyOf(rules);
        checkArgument(atRiskShare > 0 && atRiskShare < 1, "atRiskShare must be above 0 and below 1 but was %s", atRiskShare);
    }

    /** This policy with one more rule, after the others. */
    public SlaPolicy withRule(SlaRule rule) {
        List<SlaRule> next = new ArrayList<>(rules);
        next.add(checkNotNull(rule, "rule"));
        return new SlaPolicy(defaults, next, atRiskShare);
    }

    /** The targets for a case of this type and priority raised by a customer of this tier (null if none). */
    public @Nullable SlaTargets targetsFor(CaseType type, Priority priority, @Nullable String tierCode) {
        SlaRule best = null;
        for (SlaRule rule : rules) {
            if (rule.matches(type, priority, tierCode) && (best == null || rule.specificity() > best.specificity())) {
                best = rule;
            }
        }
        return best == null ? defaults : best.targets();
    }
}
