package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A customer's RFM quintile scores within the tenant, as of a day.
 *
 * @param recencyDays whole days from the last purchase's day to the scoring day, in the tenant's zone, >= 0
 * @param frequency days with a purchase (several orders on one day count once), >= 1
 * @param monetary net spend (paid minus refunded) of the scored purchases, in currency units, rounded to 2 decimals
 * @param r recency score, 1 to 5 (5: the most recent fifth)
 * @param f frequency score, 1 to 5 (5: the most frequent fifth)
 * @param m monetary score, 1 to 5 (5: the highest-spending fifth)
 * @param segment the named segment of {@code r} and {@code f}
 * @since 0.1
 */
public record RfmScore(long recencyDays, long frequency, BigDecimal monetary, int r, int f, int m, RfmSegment segment) {

    /**
     * Checks the ranges and that the segment is the one of {@code r} and {@code f}.
     *
     * @throws IllegalArgumentException if a figure is out of range or the segment does not match
     */
    public RfmScore {
        checkArgument(recencyDays >= 0, "recencyDays must be >= 0 but was %s", recencyDays);
        checkArgument(frequency >= 1, "frequency must be >= 1 but was %s", frequency);
        checkNotNull(monetary, "monetary");
        checkArgument(r >= 1 && r <= 5 && f >= 1 && f <= 5 && m >= 1 && m <= 5, "scores must be 1 to 5 but were %s%s%s", r, f, m);
        checkArgument(segment == RfmSegment.of(r, f), "segment %s does not match scores r=%s f=%s", segment, r, f);
    }

    /** The three scores as one code, e.g. {@code "545"}. */
    public String code() {
        return "" + r + f + m;
    }
}
