package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // given
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Stored-value cards");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> snippet = readme.substring(start, readme.indexOf("```", start)).lines().map(String::strip).toList();
        List<String> source = Files.readString(Path.of("src/main/java/org/crmkit/examples/StoredValueExample.java")).lines()
                .map(String::strip).toList();

        // when
        int matched = 0;
        for (String line : source) {
            if (matched < snippet.size() && line.equals(snippet.get(matched))) {
                matched++;
            }
        }

        // then
        assertThat(section).isPositive();
        assertThat(snippet).hasSizeGreaterThan(10);
        assertThat(matched).as("first README line not found in order: %s", matched < snippet.size() ? snippet.get(matched) : "none")
                .isEqualTo(snippet.size());
    }
}
