package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A recorded churn reason.
 *
 * @param idempotencyKey the key it was recorded under
 * @param note what the customer said ({@code [erased]} once the customer is erased), or null
 * @since 0.2
 */
public record ChurnReason(TenantId tenantId, CustomerId customerId, String idempotencyKey, ChurnOccasion occasion, String code, ChurnSide side,
        @Nullable String note, String recordedBy, Instant recordedAt) {

    /** Checks the components as the record's description says. */
    public ChurnReason {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(idempotencyKey, "idempotencyKey");
        checkNotNull(occasion, "occasion");
        checkNotNull(code, "code");
        checkNotNull(side, "side");
        checkNotNull(recordedBy, "recordedBy");
        checkNotNull(recordedAt, "recordedAt");
    }

    /** The customer tag that {@code ChurnDimension.CHURN_REASON} reads: {@code churn-reason:<code>}. */
    public String tag() {
        return ChurnReasons.TAG_PREFIX + code;
    }
}
