package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.shared.Money;
import org.junit.jupiter.api.Test;

class ValueExampleTest {

    @Test
    void theReadmeValueExampleKeepsTotalsScoresOneBuyerAndFindsHimInTheSegment() {
        // when
        ValueExample.Result result = ValueExample.run();

        // then
        assertThat(result.summary().orders()).isEqualTo(2);
        assertThat(result.summary().net()).isEqualTo(Money.of("399.00", "CNY"));
        assertThat(result.scoring().customers()).isEqualTo(1);
        assertThat(result.scoring().purchaseModel()).as("one customer is too few to fit").isEmpty();
        assertThat(result.churn().overall().active()).as("bought in January").isEqualTo(1);
        assertThat(result.churn().overall().churned()).as("came back in February").isZero();
        assertThat(result.spenders()).isEqualTo(1);
    }
}
