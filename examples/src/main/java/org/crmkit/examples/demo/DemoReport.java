package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueLevel;
import org.crmkit.value.scoring.WinBackCandidate;

/**
 * The demo's figures, every one read back through the public API.
 *
 * @param tiers members per tier code, lowest tier first
 * @param stages customers per lifecycle stage, as purchases and the scoring run moved them
 * @param outstandingPoints available and pending points over all accounts
 * @param expiringSoon points expiring within 30 days
 * @param levels customers and revenue per value pyramid level
 * @param rfmGrid customers per recency score (row, 1 to 5) and frequency score (column)
 * @param clvs every scored customer's CLV, for the histogram
 * @param recencyVsAlive (days since last purchase, P(alive)) of a sample of customers
 */
record DemoReport(
        long customers,
        Map<String, Long> tiers,
        Map<LifecycleStage, Long> stages,
        long outstandingPoints,
        BigDecimal outstandingCash,
        long expiringSoon,
        CaseFigures cases,
        ScoringReport scoring,
        Map<ValueLevel, Level> levels,
        ChurnReport churn,
        List<WinBackCandidate> atRisk,
        long[][] rfmGrid,
        double[] clvs,
        List<double[]> recencyVsAlive) {

    /** One pyramid level: customers and the revenue they brought. */
    record Level(long customers, BigDecimal revenue) {}

    /** After-sales figures. */
    record CaseFigures(long opened, long resolved, double slaCompliance, double csat, long breaches) {}

    long tierTotal() {
        return tiers.values().stream().mapToLong(Long::longValue).sum();
    }

    BigDecimal revenue() {
        return levels.values().stream().map(Level::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
