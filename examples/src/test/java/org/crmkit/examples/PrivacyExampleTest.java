package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivacyExampleTest {

    @Test
    void theReadmePrivacyExampleExportsEveryContextThenErasesTheNameEverywhere() {
        // when
        PrivacyExample.Outcome outcome = PrivacyExample.run();

        // then
        assertThat(outcome.before().toString()).contains("李雷", "order-1001", "nps-2026-03");
        assertThat(outcome.itemsPerSection()).containsEntry("customer/profile", 1).containsEntry("value/purchases", 1)
                .containsEntry("complaint/cases", 1).containsEntry("complaint/surveys", 1);
        assertThat(outcome.after().toString()).doesNotContain("李雷").contains("order-1001", "nps-2026-03", "[erased]");
    }
}
