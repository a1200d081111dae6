package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.shared.CustomerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: bonuses are one-offs whatever key they come with — sign-up once per member,
 * birthday once per year (29 February is celebrated on 28 February in other years), a review or
 * a referral once per reference.
 */
public abstract class LoyaltyOneOffBonusesContract extends LoyaltyFixture {

    @BeforeEach
    void theProgrammeGivesBonuses() {
        define(aProgramme().bonus(BonusEvent.SIGN_UP, 100).bonus(BonusEvent.REVIEW, 20)
                .bonus(BonusEvent.REFERRAL, 50).bonus(BonusEvent.BIRTHDAY, 200));
    }

    @Test
    void the_sign_up_bonus_is_given_once_even_under_a_new_key() {
        // given
        bonus(li, BonusEvent.SIGN_UP, null);

        // when / then
        assertThatThrownBy(() -> bonus(li, BonusEvent.SIGN_UP, null))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining("SIGN_UP bonus was already given");
        assertThat(availableOf(li)).isEqualTo(100);
        assertThat(statementOf(li)).hasSize(1);
    }

    @Test
    void a_review_earns_once_per_review_but_every_review_earns() {
        // given
        bonus(li, BonusEvent.REVIEW, "review-1");

        // when
        bonus(li, BonusEvent.REVIEW, "review-2");

        // then
        assertThatThrownBy(() -> bonus(li, BonusEvent.REVIEW, "review-1")).isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("review-1");
        assertThat(availableOf(li)).isEqualTo(40);
    }

    @Test
    void the_birthday_bonus_is_given_once_on_the_birthday_and_again_next_year() {
        // given
        CustomerId wang = registerBornOn("Wang", LocalDate.of(1990, 6, 1));
        clock.set(shanghai("2025-06-01T09:00"));
        bonus(wang, BonusEvent.BIRTHDAY, null);

        // when a second claim the same day is refused, and next year's birthday earns again
        assertThatThrownBy(() -> bonus(wang, BonusEvent.BIRTHDAY, null))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining("this year");
        clock.set(shanghai("2026-06-01T09:00"));
        PointsReceipt nextYear = bonus(wang, BonusEvent.BIRTHDAY, null);

        // then
        assertThat(nextYear.points()).isEqualTo(200);
        assertThat(availableOf(wang)).isEqualTo(400);
    }

    @Test
    void a_leap_day_birthday_is_celebrated_on_28_february_in_other_years() {
        // given
        CustomerId leapling = registerBornOn("Leap", LocalDate.of(2000, 2, 29));

        // when
        clock.set(shanghai("2025-02-28T12:00"));
        PointsReceipt receipt = bonus(leapling, BonusEvent.BIRTHDAY, null);

        // then
        assertThat(receipt.points()).isEqualTo(200);
        clock.set(Instant.parse("2028-02-28T04:00:00Z"));
        assertThatThrownBy(() -> bonus(leapling, BonusEvent.BIRTHDAY, null))
                .as("2028 is a leap year: the birthday is the 29th").isInstanceOf(LedgerRuleException.class);
    }

    private PointsReceipt bonus(CustomerId who, BonusEvent event, String reference) {
        return loyalty.earnBonus(new EarnBonus(tenant, who, programme.id(), key("bonus"), event, reference));
    }
}
