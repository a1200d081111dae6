package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.loyalty.BalanceView;
import org.junit.jupiter.api.Test;

class LoyaltyExampleTest {

    @Test
    void theReadmeLoyaltyExampleEarnsRedeemsAndClawsBackAThirdOfTheRefundedOrder() {
        // when
        BalanceView balance = LoyaltyExample.run();

        // then 299 earned, 200 redeemed, floor(299 x 100 / 299) = 99 reversed: 0 left, nothing owed
        assertThat(balance.lifetimeEarned()).isEqualTo(299);
        assertThat(balance.lifetimeRedeemed()).isEqualTo(200);
        assertThat(balance.available()).isZero();
        assertThat(balance.debt()).isZero();
    }
}
