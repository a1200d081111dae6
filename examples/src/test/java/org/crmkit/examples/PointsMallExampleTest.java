package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.shared.Money;
import org.junit.jupiter.api.Test;

class PointsMallExampleTest {

    @Test
    void theReadmeMallExampleCountsTheShippedKettleAndNotTheCancelledVoucher() {
        assertThat(PointsMallExample.run()).containsExactly(
                new MallItemReport("coffee-voucher", "Coffee voucher", 0, 0, 0, Money.of("0.00", "CNY"), 1_000L),
                new MallItemReport("kettle", "Electric kettle", 1, 1, 1_500, Money.of("49.00", "CNY"), 19L));
    }
}
