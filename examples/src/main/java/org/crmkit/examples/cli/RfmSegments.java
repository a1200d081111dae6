package org.crmkit.examples.cli;

import java.nio.charset.StandardCharsets;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.scoring.RfmQuintiles;
import org.crmkit.value.scoring.RfmSegment;

/**
 * The RFM segment of each customer of a summary, from quintiles within the file: R from the days
 * between the last purchase and the observation end, F from the days with a purchase up to the
 * observation end (calibration and holdout). The segment depends on R and F only ({@link
 * RfmSegment#of}), so the monetary score is not needed.
 */
final class RfmSegments {

    /** Each segment's name as ASCII bytes, by ordinal: the reports copy these rather than a String's chars one by one. */
    private static final byte[][] NAMES = new byte[RfmSegment.values().length][];

    static {
        for (RfmSegment segment : RfmSegment.values()) {
            NAMES[segment.ordinal()] = segment.name().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private RfmSegments() {}

    /** Appends the segment's name. */
    static void name(RfmSegment segment, ByteSink out) {
        byte[] name = NAMES[segment.ordinal()];
        out.bytes(name, 0, name.length);
    }

    static RfmSegment[] of(RepeatPurchaseSummary s) {
        int n = s.size();
        int[] recencyDays = new int[n];
        int[] purchaseDays = new int[n];
        for (int i = 0; i < n; i++) {
            recencyDays[i] = s.daysSinceLastPurchase(i);
            purchaseDays[i] = s.frequency(i) + 1 + s.holdoutFrequency(i);
        }
        RfmQuintiles r = RfmQuintiles.ofWholeNumbers(recencyDays);
        RfmQuintiles f = RfmQuintiles.ofWholeNumbers(purchaseDays);
        RfmSegment[] segments = new RfmSegment[n];
        Parallel.forRanges(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                segments[i] = RfmSegment.of(r.reverseScore(recencyDays[i]), f.score(purchaseDays[i]));
            }
        });
        return segments;
    }
}
