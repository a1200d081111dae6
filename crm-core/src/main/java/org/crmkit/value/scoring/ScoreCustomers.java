package org.crmkit.value.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A scoring run over every customer of a tenant who has bought: RFM scores, the purchase models'
 * predictions (P(alive), expected purchases, CLV) and the value pyramid.
 *
 * @param asOf the observation end; null for now. Purchases after it are ignored.
 * @param horizonMonths how far ahead expected purchases and CLV look, 1 to 120 months
 * @param monthlyDiscountRate the monthly discount rate of CLV, 0 to 1 (0.01 is 1% a month)
 * @param margin the share of spend that is profit, above 0 and at most 1 (a CLV of no margin is no value)
 * @param penalizer the L2 penalizer of both model fits, >= 0; 0 gives the published estimates
 * @param pyramid where the value pyramid is cut
 * @param purchaseModel which purchase model predicts P(alive), expected purchases and CLV (since 0.2;
 *     {@link PurchaseModelChoice#PARETO_NBD} unless chosen)
 * @since 0.1
 */
public record ScoreCustomers(
        @NotNull TenantId tenantId,
        @Nullable Instant asOf,
        @Min(1) @Max(120) int horizonMonths,
        @DecimalMin("0") @DecimalMax("1") double monthlyDiscountRate,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double margin,
        @DecimalMin("0") @DecimalMax("1000") double penalizer,
        @NotNull ValuePyramid pyramid,
        @NotNull PurchaseModelChoice purchaseModel) {

    /**
     * A run with the default purchase model, Pareto/NBD: the constructor of 0.1, kept so that code
     * written for it compiles (the predictions it gets change, since 0.1 fitted BG/NBD).
     */
    public ScoreCustomers(TenantId tenantId, @Nullable Instant asOf, int horizonMonths, double monthlyDiscountRate, double margin,
            double penalizer, ValuePyramid pyramid) {
        this(tenantId, asOf, horizonMonths, monthlyDiscountRate, margin, penalizer, pyramid, PurchaseModelChoice.PARETO_NBD);
    }

    /**
     * Now, 12 months ahead, 1% a month discount, the whole spend as margin, no penalizer, the default
     * pyramid, Pareto/NBD.
     */
    public static ScoreCustomers of(TenantId tenantId) {
        return new ScoreCustomers(tenantId, null, 12, 0.01, 1.0, 0.0, ValuePyramid.DEFAULT, PurchaseModelChoice.PARETO_NBD);
    }

    /** This run with another observation end. */
    public ScoreCustomers asOf(Instant at) {
        return new ScoreCustomers(tenantId, at, horizonMonths, monthlyDiscountRate, margin, penalizer, pyramid, purchaseModel);
    }

    /** This run with another CLV horizon, discount rate and margin. */
    public ScoreCustomers clv(int months, double discountRate, double profitMargin) {
        return new ScoreCustomers(tenantId, asOf, months, discountRate, profitMargin, penalizer, pyramid, purchaseModel);
    }

    /**
     * This run with another L2 penalizer of both model fits: what a run whose model the data could
     * not fit without one (its note says so) is given again.
     *
     * @since 0.2
     */
    public ScoreCustomers penalizer(double l2) {
        return new ScoreCustomers(tenantId, asOf, horizonMonths, monthlyDiscountRate, margin, l2, pyramid, purchaseModel);
    }

    /**
     * This run with another purchase model.
     *
     * @since 0.2
     */
    public ScoreCustomers purchaseModel(PurchaseModelChoice model) {
        return new ScoreCustomers(tenantId, asOf, horizonMonths, monthlyDiscountRate, margin, penalizer, pyramid, model);
    }
}
