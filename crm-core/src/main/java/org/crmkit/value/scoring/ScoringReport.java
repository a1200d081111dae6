package org.crmkit.value.scoring;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.value.btyd.PurchaseFit;
import org.crmkit.value.btyd.GammaGammaFit;

/**
 * What a scoring run did.
 *
 * @param asOf the observation end
 * @param customers customers scored (those with a purchase, not fully refunded, on or before {@code asOf})
 * @param repeatCustomers of them, those who bought on more than one day
 * @param purchaseModel the purchase-model fit (how often customers buy and when they drop out: BG/NBD,
 *     MBG/NBD or Pareto/NBD, as the command chose; {@code model().kind()} says which), or empty if it
 *     could not be fitted or could not give every customer a finite forecast; then no customer has a
 *     prediction
 * @param spendModel the Gamma-Gamma fit (spend per purchase), or empty if it could not be fitted or
 *     has an infinite mean spend (q &lt;= 1); then expected spend and CLV use each customer's own
 *     mean spend
 * @param notes why a model is missing, in words, and with {@link PurchaseModelChoice#AUTO} which purchase model
 *     was chosen and why; empty when both were fitted by name
 * @param segments customers per RFM segment
 * @param levels customers per value pyramid level
 * @param took wall-clock time of the run
 * @since 0.1
 */
public record ScoringReport(
        Instant asOf, long customers, long repeatCustomers, Optional<PurchaseFit> purchaseModel, Optional<GammaGammaFit> spendModel,
        List<String> notes,
        Map<RfmSegment, Long> segments, Map<ValueLevel, Long> levels, Duration took) {

    /** Copies the notes and the counts. */
    public ScoringReport {
        notes = List.copyOf(notes);
        segments = ImmutableMap.copyOf(segments);
        levels = ImmutableMap.copyOf(levels);
    }
}
