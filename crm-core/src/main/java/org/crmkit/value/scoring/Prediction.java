package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One customer's predicted future (潜在价值), from the BG/NBD and Gamma-Gamma models.
 *
 * @param pAlive probability the customer is still active, 0 to 1
 * @param expectedPurchases purchases expected over the scoring horizon
 * @param expectedSpend expected spend per purchase (Gamma-Gamma conditional mean), currency units
 * @param clv discounted expected margin over the horizon, currency units
 * @since 0.1
 */
public record Prediction(double pAlive, double expectedPurchases, BigDecimal expectedSpend, BigDecimal clv) {

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if P(alive) is outside 0 to 1 or expected purchases are
     *     negative or not finite
     */
    public Prediction {
        checkArgument(pAlive >= 0 && pAlive <= 1, "pAlive must be 0 to 1 but was %s", pAlive);
        checkArgument(expectedPurchases >= 0 && Double.isFinite(expectedPurchases), "expectedPurchases must be finite and >= 0 but was %s",
                expectedPurchases);
        checkNotNull(expectedSpend, "expectedSpend");
        checkNotNull(clv, "clv");
    }
}
