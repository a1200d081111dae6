package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.loyalty.PointsReceipt;
import org.junit.jupiter.api.Test;

class EarningRuleExampleTest {

    @Test
    void theRuleFoundThroughServiceLoaderAddsTwentyPercentToANightOrderAndSaysWhy() {
        // when
        PointsReceipt receipt = EarningRuleExample.run();

        // then
        assertThat(receipt.points()).isEqualTo(120);
        assertThat(receipt.explanation()).anySatisfy(c -> {
            assertThat(c.rule()).isEqualTo("night-owl");
            assertThat(c.points()).isEqualTo(20);
        });
    }
}
