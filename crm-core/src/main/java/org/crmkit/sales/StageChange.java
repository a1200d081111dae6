package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One step of an opportunity's history: it entered {@code toStage} at {@code at}. The first step
 * (sequence 1) is its opening, from no stage. The history is append-only, so the funnel can be
 * reported as of any date.
 *
 * @param fromStage the stage it left, or null for the opening
 * @since 0.2
 */
public record StageChange(TenantId tenantId, String opportunityId, long sequence, @Nullable String fromStage, String toStage, Instant at) {

    /** Checks the components. */
    public StageChange {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(opportunityId, "opportunityId");
        checkArgument(sequence >= 1, "sequence must be >= 1 but was %s", sequence);
        checkNotNull(toStage, "toStage");
        checkNotNull(at, "at");
    }
}
