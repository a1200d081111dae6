package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/** Works out a {@link CaseReport} by reading a period's cases and survey answers page by page. */
final class CaseReports {

    private static final int PAGE = 1000;

    private CaseReports() {}

    static CaseReport report(CaseContext ctx, TenantId tenantId, Instant from, Instant to, Instant now) {
        CasePolicy policy = ctx.transactions.inTransaction(() -> ctx.policy(tenantId));
        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        Map<String, Long> byCategory = new TreeMap<>();
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        List<Duration> toAcknowledge = new ArrayList<>();
        List<Duration> toResolve = new ArrayList<>();
        long total = 0;
        long measured = 0;
        long compliant = 0;
        long rated = 0;
        long scoreSum = 0;
        PageRequest request = PageRequest.first(PAGE);
        while (request != null) {
            PageRequest current = request;
            Page<Case> page = ctx.transactions.inTransaction(() -> ctx.cases.openedBetween(tenantId, from, to, current));
            for (Case c : page.items()) {
                total++;
                byType.merge(c.type(), 1L, Long::sum);
                byCategory.merge(c.details().category(), 1L, Long::sum);
                byStatus.merge(c.status(), 1L, Long::sum);
                CaseTimes t = c.times();
                if (t.acknowledgedAt() != null) {
                    toAcknowledge.add(Duration.between(t.openedAt(), t.acknowledgedAt()));
                }
                if (c.status().isResolved()) {
                    toResolve.add(Duration.between(t.openedAt(), t.resolvedAt()));
                }
                if (c.status() != CaseStatus.CANCELLED) {
                    measured++;
                    compliant += SlaCalculator.status(c, policy, now).state() == SlaState.BREACHED ? 0 : 1;
                }
                if (c.satisfaction() != null) {
                    rated++;
                    scoreSum += c.satisfaction().score();
                }
            }
            request = page.nextCursor().map(cursor -> PageRequest.after(cursor, PAGE)).orElse(null);
        }
        long[] nps = nps(ctx, tenantId, from, to);
        return new CaseReport(tenantId, from, to, total, byType, byCategory, byStatus,
                measured == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) compliant / measured),
                DurationStats.of(toAcknowledge), DurationStats.of(toResolve),
                rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreSum / rated), rated,
                nps[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (nps[1] - nps[2]) / nps[0]), nps[0], now);
    }

    /** Answers, promoters and detractors of the period. */
    private static long[] nps(CaseContext ctx, TenantId tenantId, Instant from, Instant to) {
        long[] counts = new long[3];
        Page.forEach(request -> ctx.transactions.inTransaction(() -> ctx.surveys.npsBetween(tenantId, from, to, request)), PAGE, r -> {
            counts[0]++;
            counts[1] += r.promoter() ? 1 : 0;
            counts[2] += r.detractor() ? 1 : 0;
        });
        return counts;
    }
}
