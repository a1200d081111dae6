package org.crmkit.value.btyd;

/**
 * Receives the dated purchases a {@link PurchaseSimulator} generates, e.g. a {@link
 * RepeatPurchaseSummaryBuilder} or a CSV writer.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TransactionSink {

    /**
     * One purchase.
     *
     * @param customer customer number, 0 … customers−1
     * @param epochDay day of the purchase, in days since 1970-01-01
     * @param amount   value of the purchase, &gt; 0
     */
    void purchase(long customer, long epochDay, double amount);
}
