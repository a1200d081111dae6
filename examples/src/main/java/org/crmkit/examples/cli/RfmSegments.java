package org.crmkit.examples.cli;

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

    private RfmSegments() {}

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
