package org.crmkit.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * The conversion report: every opportunity of the tenant, page by page, with the steps of its
 * history taken by the report's instant, tallied by group.
 */
final class ReportingConversion {

    private final SalesOperations ops;

    ReportingConversion(SalesOperations ops) {
        this.ops = ops;
    }

    ConversionReport report(TenantId tenantId, Instant asOf, FunnelGrouping grouping) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(grouping, "grouping");
        Limits.checkInstant("conversionReport", "asOf", asOf);
        return ops.transactions.inTransaction(() -> {
            SalesFunnel funnel = ops.funnel(tenantId);
            Map<String, FunnelTally> tallies = new TreeMap<>();
            PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
            while (true) {
                Page<Opportunity> page = ops.ports.opportunities().list(tenantId, request);
                Map<String, List<StageChange>> histories = ops.ports.opportunities()
                        .histories(tenantId, page.items().stream().map(Opportunity::opportunityId).toList()).stream()
                        .filter(step -> FunnelTally.until(step, asOf))
                        .collect(Collectors.groupingBy(StageChange::opportunityId));
                for (Opportunity opportunity : page.items()) {
                    String key = switch (grouping) {
                        case ALL -> "all";
                        case SOURCE -> opportunity.source();
                        case OWNER -> opportunity.owner();
                    };
                    List<StageChange> steps = new ArrayList<>(histories.getOrDefault(opportunity.opportunityId(), List.of()));
                    steps.sort(java.util.Comparator.comparingLong(StageChange::sequence));
                    if (!steps.isEmpty()) {
                        tallies.computeIfAbsent(key, k -> new FunnelTally(funnel)).add(opportunity, steps);
                    }
                }
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                request = PageRequest.after(page.nextCursor().get(), PageRequest.MAX_LIMIT);
            }
            List<FunnelGroup> groups = tallies.entrySet().stream().map(e -> e.getValue().group(e.getKey())).toList();
            return new ConversionReport(tenantId, asOf, grouping, funnel.stages(), groups);
        });
    }
}
