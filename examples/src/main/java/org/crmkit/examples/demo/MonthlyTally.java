package org.crmkit.examples.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.tier.TierChange;

/**
 * Counts, month by month in the shop's zone, the points earned, redeemed and expired and the tier
 * moves up and down, from each customer's statement and tier history read once at report time.
 */
final class MonthlyTally {

    private final Map<YearMonth, long[]> points = new TreeMap<>();
    private final Map<YearMonth, long[]> moves = new TreeMap<>();

    /** Counts one ledger entry: EARN as earned, REDEEM as redeemed, EXPIRE as expired; other entries are not counted. */
    void add(LedgerEntry entry) {
        int column = switch (entry.type()) {
            case EARN -> 0;
            case REDEEM -> 1;
            case EXPIRE -> 2;
            default -> -1;
        };
        if (column >= 0) {
            points.computeIfAbsent(month(entry.at()), m -> new long[3])[column] += entry.points();
        }
    }

    /** Counts one tier change as a move up or down the demo's ladder; joining the ladder is not a move. */
    void add(TierChange change) {
        if (change.from() == null) {
            return;
        }
        int step = Integer.compare(DemoShop.TIERS.indexOf(change.to()), DemoShop.TIERS.indexOf(change.from()));
        if (step != 0) {
            moves.computeIfAbsent(month(change.at()), m -> new long[2])[step > 0 ? 0 : 1]++;
        }
    }

    Map<YearMonth, DemoReport.PointsMonth> points() {
        Map<YearMonth, DemoReport.PointsMonth> result = new TreeMap<>();
        points.forEach((month, p) -> result.put(month, new DemoReport.PointsMonth(p[0], p[1], p[2])));
        return result;
    }

    Map<YearMonth, DemoReport.TierMoves> moves() {
        Map<YearMonth, DemoReport.TierMoves> result = new TreeMap<>();
        moves.forEach((month, m) -> result.put(month, new DemoReport.TierMoves(m[0], m[1])));
        return result;
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(DemoShop.ZONE));
    }
}
