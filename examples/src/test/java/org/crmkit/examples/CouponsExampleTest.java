package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        ReadmeSnippets.assertSnippetIsIn("### Coupons: `crm.coupons()`", "CouponsExample.java", 10);
    }
}
