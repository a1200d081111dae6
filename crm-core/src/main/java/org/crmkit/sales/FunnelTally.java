package org.crmkit.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.shared.Money;

/** One group's running counts for the conversion report, fed one opportunity and its history at a time. */
final class FunnelTally {

    private final SalesFunnel funnel;
    private final long[] reached;
    private final long[] current;
    private final long[] staySeconds;
    private final long[] stays;
    private long opportunities;
    private long won;
    private long lost;
    private final Map<String, Money> wonValue = new TreeMap<>();

    FunnelTally(SalesFunnel funnel) {
        this.funnel = funnel;
        int n = funnel.stages().size();
        reached = new long[n];
        current = new long[n];
        staySeconds = new long[n];
        stays = new long[n];
    }

    /** Counts an opportunity by the steps of its history taken at or before {@code asOf}, in order; none means not yet opened. */
    void add(Opportunity opportunity, List<StageChange> steps) {
        if (steps.isEmpty()) {
            return;
        }
        opportunities++;
        int furthest = -1;
        for (int i = 0; i < steps.size(); i++) {
            StageChange step = steps.get(i);
            furthest = Math.max(furthest, funnel.depth(step.toStage()));
            int index = funnel.stages().indexOf(step.toStage());
            if (index >= 0 && i + 1 < steps.size()) {
                staySeconds[index] += Duration.between(step.at(), steps.get(i + 1).at()).toSeconds();
                stays[index]++;
            }
        }
        for (int i = 0; i <= Math.min(furthest, reached.length - 1); i++) {
            reached[i]++;
        }
        String stage = steps.get(steps.size() - 1).toStage();
        int index = funnel.stages().indexOf(stage);
        if (index >= 0) {
            current[index]++;
        } else if (SalesFunnel.WON.equals(stage)) {
            won++;
            Currency currency = opportunity.expectedValue().currency();
            wonValue.merge(currency.getCurrencyCode(), opportunity.expectedValue(), Money::plus);
        } else if (SalesFunnel.LOST.equals(stage)) {
            lost++;
        }
    }

    FunnelGroup group(String key) {
        List<StageFigures> lines = new ArrayList<>();
        for (int i = 0; i < reached.length; i++) {
            long next = i + 1 < reached.length ? reached[i + 1] : won;
            BigDecimal conversion = reached[i] == 0 ? null
                    : BigDecimal.valueOf(next).divide(BigDecimal.valueOf(reached[i]), 4, RoundingMode.HALF_EVEN);
            Duration average = stays[i] == 0 ? null : Duration.ofSeconds(staySeconds[i] / stays[i]);
            lines.add(new StageFigures(funnel.stages().get(i), reached[i], current[i], conversion, average));
        }
        return new FunnelGroup(key, opportunities, lines, won, lost, List.copyOf(wonValue.values()));
    }

    static boolean until(StageChange step, Instant asOf) {
        return !step.at().isAfter(asOf);
    }
}
