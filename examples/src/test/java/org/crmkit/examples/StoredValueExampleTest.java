package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.crmkit.shared.Money;
import org.junit.jupiter.api.Test;

class StoredValueExampleTest {

    @Test
    void theReadmeStoredValueExampleLeavesTheGiftCardAndTheLiabilityItSaysItDoes() {
        // when
        StoredValueExample.Outcome outcome = StoredValueExample.run();

        // then
        assertThat(outcome.giftCardBalance()).isEqualTo(Money.of("250.00", "CNY"));
        assertThat(outcome.liability()).singleElement().satisfies(l -> {
            assertThat(l.outstanding()).isEqualTo(Money.of("300.00", "CNY"));
            assertThat(l.issued()).isEqualTo(Money.of("500.00", "CNY"));
            assertThat(l.paid()).isEqualTo(Money.of("320.00", "CNY"));
            assertThat(l.refunded()).isEqualTo(Money.of("20.00", "CNY"));
        });
        assertThat(outcome.expired()).isZero();
    }

    @Test
    void everyLineOfTheReadmeStoredValueExampleAppearsInTheExampleInTheSameOrder() throws IOException {
        ReadmeSnippets.assertSnippetIsIn("## Stored-value cards", "StoredValueExample.java", 10);
    }
}
