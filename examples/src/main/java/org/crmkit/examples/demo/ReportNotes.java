package org.crmkit.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences that explain what a reader of the report would otherwise take for a fault. */
final class ReportNotes {

    private ReportNotes() {}

    /**
     * Why some RFM scores hold no one, or empty if every recency and frequency score holds someone. The scoring keeps
     * ties together on purpose: two customers who bought alike get the same score, rather than being split at random.
     */
    static String emptyRfmScores(long[][] grid) {
        long[] recency = new long[5];
        long[] frequency = new long[5];
        long total = 0;
        for (int r = 0; r < 5; r++) {
            for (int f = 0; f < 5; f++) {
                recency[r] += grid[r][f];
                frequency[f] += grid[r][f];
                total += grid[r][f];
            }
        }
        List<String> empty = new ArrayList<>();
        List<String> fullest = new ArrayList<>();
        describe("R", recency, total, empty, fullest);
        describe("F", frequency, total, empty, fullest);
        if (empty.isEmpty() || total == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%s hold%s no one. Equal values always get the same score (ties at a cut point take the"
                + " lower score), so where more than a fifth of the customers share one value, several quintile cut points fall on it"
                + " and the scores between them stay empty; here %s. The scoring keeps this rule rather than split equal customers"
                + " at random.", String.join(", ", empty), empty.size() == 1 ? "s" : "", String.join(" and ", fullest));
    }

    private static void describe(String name, long[] counts, long total, List<String> empty, List<String> fullest) {
        int top = 0;
        boolean gap = false;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] == 0) {
                empty.add(name + "=" + (s + 1));
                gap = true;
            }
            top = counts[s] > counts[top] ? s : top;
        }
        if (gap) {
            fullest.add(String.format(Locale.ROOT, "%s=%d holds %.1f%% of the scored customers", name, top + 1, 100.0 * counts[top] / total));
        }
    }

    /** Why no points expired, or empty if some did. */
    static String noPointsExpired(java.util.Map<java.time.YearMonth, DemoReport.PointsMonth> points) {
        if (points.isEmpty() || points.values().stream().anyMatch(p -> p.expired() > 0)) {
            return "";
        }
        return "No points expired: the programme's points last to the end of the calendar year after the one they were earned in,"
                + " so none earned in the simulated year has reached its expiry yet (the first fall due on 31 December).";
    }

    /** Why the tier moves show no move down, or empty if some member moved down. */
    static String noTierFalls(java.util.Map<java.time.YearMonth, DemoReport.TierMoves> moves) {
        if (moves.values().stream().anyMatch(m -> m.down() > 0)) {
            return "";
        }
        return "No member moved down. The ladder counts the growth value of the last 12 months and keeps a member in a tier for 12"
                + " months after moving up into it, so falls start 12 months after the first rises; this run is too short to show one.";
    }

    /** How the report names a churn dimension. */
    static String dimension(org.crmkit.value.scoring.ChurnDimension dimension) {
        return switch (dimension) {
            case COHORT -> "cohort (quarter of the first purchase)";
            case REGION -> "region";
            case CATEGORY -> "category (churned from a category: bought it the year before, not in the year)";
            case CUSTOMER_TYPE -> "customer type";
            case CHURN_REASON -> "recorded churn reason (the latest one each customer gave)";
            default -> dimension.name().toLowerCase(Locale.ROOT);
        };
    }
}
