package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.TenantId;

/**
 * The conversion report: the funnel as it stood at {@code asOf}, read from the opportunities' stage
 * histories, so a past date gives the same figures today as it gave then.
 *
 * @param stages the funnel's open stages, in order
 * @param groups one per group, by key
 * @since 0.2
 */
public record ConversionReport(TenantId tenantId, Instant asOf, FunnelGrouping grouping, List<String> stages, List<FunnelGroup> groups) {

    /** Checks the components and copies the lists. */
    public ConversionReport {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(asOf, "asOf");
        checkNotNull(grouping, "grouping");
        stages = List.copyOf(stages);
        groups = List.copyOf(groups);
    }

    /** The group with {@code key}, if any opportunity fell in it. */
    public java.util.Optional<FunnelGroup> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }
}
