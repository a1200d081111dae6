package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmkit.offer.coupon.CouponStatus;
import org.junit.jupiter.api.Test;

class CouponsExampleTest {

    @Test
    void theReadmeCouponsExampleRewardsTheOrderAndTheCancellationVoidsTheRewards() {
        // when
        CouponsExample.Outcome outcome = CouponsExample.run();

        // then: three mj20 (welcome, segment, code) stay available; the two back30 are voided
        assertThat(outcome.rewarded()).hasSize(2).allSatisfy(c -> assertThat(c.templateId()).isEqualTo("back30"));
        assertThat(outcome.statuses()).containsExactly(CouponStatus.AVAILABLE, CouponStatus.AVAILABLE, CouponStatus.AVAILABLE,
                CouponStatus.VOIDED, CouponStatus.VOIDED);
    }

    @Test
    void everyLineOfTheReadmeCouponsExampleAppearsInTheExampleInTheSameOrder() throws IOException {
        // given
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("### Coupons: `crm.coupons()`");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> snippet = readme.substring(start, readme.indexOf("```", start)).lines().map(String::strip).toList();
        List<String> source = Files.readString(Path.of("src/main/java/org/crmkit/examples/CouponsExample.java")).lines()
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
