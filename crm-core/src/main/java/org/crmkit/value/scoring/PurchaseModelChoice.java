package org.crmkit.value.scoring;

import java.util.Optional;
import org.crmkit.value.btyd.PurchaseModelKind;

/**
 * Which purchase model a scoring run fits for P(alive), expected purchases and CLV.
 *
 * @since 0.2
 */
public enum PurchaseModelChoice {
    /** BG/NBD: every customer without a repeat purchase gets P(alive) = 1, however long ago they bought. */
    BG_NBD,
    /** MBG/NBD: BG/NBD with dropout possible right after the first purchase. */
    MBG_NBD,
    /**
     * Pareto/NBD, the default: dropout at any time, independent of purchases; on the CDNOW benchmark
     * it predicts a held-out period best of the three (see the README).
     */
    PARETO_NBD,
    /**
     * All three, keeping the one with the highest log-likelihood (a scoring run has no holdout
     * period to judge them by; with four parameters each this is also the smallest AIC).
     */
    AUTO;

    /** The model this choice names, or empty for {@link #AUTO}. */
    public Optional<PurchaseModelKind> kind() {
        return switch (this) {
            case BG_NBD -> Optional.of(PurchaseModelKind.BG_NBD);
            case MBG_NBD -> Optional.of(PurchaseModelKind.MBG_NBD);
            case PARETO_NBD -> Optional.of(PurchaseModelKind.PARETO_NBD);
            case AUTO -> Optional.empty();
        };
    }
}
