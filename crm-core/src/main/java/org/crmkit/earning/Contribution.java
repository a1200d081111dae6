package org.crmkit.earning;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What one rule did to the points of a purchase, with the reason in words.
 *
 * @param rule the rule's name
 * @param points the points it added (negative: took away)
 * @param explanation why, e.g. {@code "CNY 199.00 x 1 point per unit"}
 * @since 0.1
 */
public record Contribution(String rule, long points, String explanation) {

    /** Checks and normalises the components as the record's description says. */
    public Contribution {
        checkNotNull(rule, "rule");
        checkNotNull(explanation, "explanation");
    }

    /** The rule did not apply. */
    public static Contribution none(String rule) {
        return new Contribution(rule, 0, "does not apply");
    }
}
