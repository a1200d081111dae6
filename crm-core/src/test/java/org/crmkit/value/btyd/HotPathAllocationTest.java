package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The per-row and per-customer calls allocate nothing when their input is valid: argument checks
 * build (and box) their message only when they fail. Counted with the JVM's per-thread allocation
 * counter, so the figures are bytes, not times.
 */
class HotPathAllocationTest {

    private static final int CALLS = 100_000;
    /** Far below one boxed double (16 bytes) per call, far above the counter's own noise. */
    private static final long ALLOWED_BYTES = 50_000;

    private static final BgNbdModel PURCHASES = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.2488, 3.7446, 15.4477);

    @Test
    void recording_refunds_allocates_nothing_per_row() {
        // given
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(
                SummaryWindow.until(PeriodUnit.WEEKS, LocalDate.of(2024, 6, 30))).expectedRows(2 * CALLS + 2);
        LocalDate day = LocalDate.of(2024, 1, 10);
        builder.purchase(7L, day, 1e9).refund(7L, day, 1.0);

        // when
        long bytes = allocatedBy(() -> {
            for (int i = 0; i < CALLS; i++) {
                builder.purchaseOnDay(7L, day.toEpochDay(), 10.0);
                builder.refund(7L, day, 1.0);
            }
        });

        // then
        assertThat(bytes).isLessThan(ALLOWED_BYTES);
    }

    @Test
    void scoring_a_customer_allocates_nothing() {
        // given
        double[] sink = new double[1];
        sink[0] += PURCHASES.expectedPurchases(39, 2, 30.43, 38.86) + SPEND.expectedAverageSpend(2, 30);

        // when
        long bytes = allocatedBy(() -> {
            for (int i = 0; i < CALLS; i++) {
                double age = 38 + (i & 7);
                sink[0] += PURCHASES.probabilityAlive(2, 30.43, age) + PURCHASES.expectedPurchases(39, 2, 30.43, age)
                        + SPEND.expectedAverageSpend(2, 30 + (i & 7)) + SPEND.logLikelihood(2, 30 + (i & 7));
            }
        });

        // then
        assertThat(sink[0]).isFinite();
        assertThat(bytes).isLessThan(ALLOWED_BYTES);
    }

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        work.run();
        return threads.getThreadAllocatedBytes(thread) - before;
    }
}
