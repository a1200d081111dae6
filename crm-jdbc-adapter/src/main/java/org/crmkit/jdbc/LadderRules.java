package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.tier.LadderDefinition;

/**
 * The document in crm_tier_ladder.policy: a ladder's qualifying metric and policy by their specs,
 * and its growth earning policy. Also reads the first format of the column (a policy record with
 * a metric name, a window, growth per unit, a schedule, a retention and a drop rule), written
 * before metrics and policies became plug-ins; such a ladder earned growth in yuan.
 */
record LadderRules(String metric, String policy, EarningPolicy growthEarning) {

    /** The first format's fields; all null in the current one. */
    record FirstFormat(String metric, Integer windowMonths, BigDecimal growthPerUnit, String schedule, String retention,
            Boolean dropAtMostOneTier) {

        LadderRules upgraded() {
            String window = ":" + windowMonths;
            String metricSpec = switch (metric) {
                case "GROWTH_VALUE" -> "growth-value";
                case "LIFETIME_SPEND" -> "lifetime-spend";
                case "ROLLING_SPEND" -> "rolling-spend" + window;
                case "ROLLING_ORDERS" -> "rolling-orders" + window;
                default -> throw new IllegalStateException("a stored tier ladder names an unknown metric " + metric);
            };
            String policySpec = "standard:" + schedule.toLowerCase(Locale.ROOT) + "," + retention + ","
                    + (Boolean.TRUE.equals(dropAtMostOneTier) ? "one-tier" : "any-tiers");
            return new LadderRules(metricSpec, policySpec, EarningPolicy.basic(Currency.getInstance("CNY"), growthPerUnit));
        }
    }

    static String write(LadderDefinition ladder) {
        return Json.write(new LadderRules(ladder.metric(), ladder.policy(), ladder.growthEarning()));
    }

    static LadderRules read(String json) {
        LadderRules rules = Json.read(json, LadderRules.class);
        return rules.policy() != null ? rules : Json.read(json, FirstFormat.class).upgraded();
    }
}
