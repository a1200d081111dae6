package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How many points an entry took from or gave to one lot.
 *
 * @param lotId the lot
 * @param points the amount, positive
 * @since 0.1
 */
public record LotMovement(String lotId, long points) {

    /** Checks and normalises the components as the record's description says. */
    public LotMovement {
        checkNotNull(lotId, "lotId");
        checkArgument(points > 0, "a lot movement must move > 0 points but moved %s", points);
    }
}
