package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The continuous-time purchase models crmkit fits, with the name each has on the command line.
 *
 * <ul>
 *   <li>{@link #BG_NBD}: the customer may drop out only right after a repeat purchase, so every
 *       customer who never bought again has P(alive) = 1, however long ago the first purchase was.
 *   <li>{@link #MBG_NBD}: as BG/NBD, but the customer may also drop out right after the first
 *       purchase, so P(alive) falls with time for customers without repeats too.
 *   <li>{@link #PARETO_NBD}: dropout at an exponentially distributed time, independent of purchases;
 *       the original model, whose likelihood needs the Gauss hypergeometric function.
 * </ul>
 *
 * @since 0.2
 */
public enum PurchaseModelKind {
    /** BG/NBD, Fader, Hardie and Lee (2005). */
    BG_NBD("bgnbd", "BG/NBD"),
    /** MBG/NBD, Batislam, Denizel and Filiztekin (2007). */
    MBG_NBD("mbgnbd", "MBG/NBD"),
    /** Pareto/NBD, Schmittlein, Morrison and Colombo (1987). */
    PARETO_NBD("pareto", "Pareto/NBD");

    private final String option;
    private final String label;

    PurchaseModelKind(String option, String label) {
        this.option = option;
        this.label = label;
    }

    /** The name on the command line and in JSON: bgnbd, mbgnbd or pareto. */
    public String option() {
        return option;
    }

    /** The name in text: BG/NBD, MBG/NBD or Pareto/NBD. */
    public String label() {
        return label;
    }

    /**
     * The kind named {@code option} (case-insensitive).
     *
     * @throws IllegalArgumentException for another name, listing the valid ones
     */
    public static PurchaseModelKind ofOption(String option) {
        checkNotNull(option, "option");
        for (PurchaseModelKind kind : values()) {
            if (kind.option.equals(option.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown purchase model '" + option + "'; use bgnbd, mbgnbd or pareto");
    }

    /**
     * Fits this model to {@code summary} with the given L2 penalizer.
     *
     * @throws ModelFitException        if the data cannot identify the parameters or the fit does not converge
     * @throws IllegalArgumentException if the penalizer is negative or not finite
     */
    public PurchaseFit fit(RepeatPurchaseSummary summary, double penalizer) {
        return switch (this) {
            case BG_NBD -> BgNbdFitter.create().withPenalizer(penalizer).fit(summary);
            case MBG_NBD -> MbgNbdFitter.create().withPenalizer(penalizer).fit(summary);
            case PARETO_NBD -> ParetoNbdFitter.create().withPenalizer(penalizer).fit(summary);
        };
    }
}
