package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * What the last scoring run found about one customer: RFM scores, the predictions of the
 * purchase models if they could be fitted, and the level in the value pyramid.
 *
 * @param scoredAt the observation end of the scoring run
 * @param prediction empty if the run could not fit the models (too few repeat buyers)
 * @since 0.1
 */
public record CustomerValue(
        TenantId tenantId, CustomerId customerId, Instant scoredAt, RfmScore rfm, Optional<Prediction> prediction, ValueLevel level) {

    /** Checks that nothing is missing. */
    public CustomerValue {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(scoredAt, "scoredAt");
        checkNotNull(rfm, "rfm");
        checkNotNull(prediction, "prediction");
        checkNotNull(level, "level");
    }
}
