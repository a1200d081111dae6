package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.shared.CustomerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: events earn the programme's fixed bonus — sign-up, review, referral at once; the
 * birthday bonus only on the member's birthday in the programme's zone; the first-purchase bonus
 * with the first purchase only.
 */
public abstract class LoyaltyBonusEventsContract extends LoyaltyFixture {

    @BeforeEach
    void theProgrammeGivesBonuses() {
        define(aProgramme().pendingFor(Duration.ofDays(7))
                .bonus(BonusEvent.SIGN_UP, 100).bonus(BonusEvent.REVIEW, 20).bonus(BonusEvent.REFERRAL, 50)
                .bonus(BonusEvent.BIRTHDAY, 200).bonus(BonusEvent.FIRST_PURCHASE, 30));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @CsvSource({"SIGN_UP, 100", "REVIEW, 20", "REFERRAL, 50"})
    void an_event_earns_its_fixed_bonus_available_at_once(BonusEvent event, long points) {
        // when
        PointsReceipt receipt = bonus(li, event, "ref-1");

        // then
        assertThat(receipt.points()).isEqualTo(points);
        assertThat(receipt.explanation()).containsExactly(new Contribution("bonus:" + event, points, "fixed bonus for " + event));
        assertThat(balanceOf(li).available()).isEqualTo(points);
        assertThat(balanceOf(li).pending()).isZero();
        assertThat(statementOf(li)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.EARN);
            assertThat(e.reference()).isEqualTo("ref-1");
            assertThat(e.reason()).contains(event.name());
        });
    }

    @Test
    void an_event_the_programme_gives_no_bonus_for_is_refused() {
        // given
        define(aProgramme());

        // when / then
        assertThatThrownBy(() -> bonus(li, BonusEvent.REVIEW, null))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining("REVIEW");
        assertThat(statementOf(li)).isEmpty();
    }

    @Test
    void the_birthday_bonus_is_given_on_the_birthday_in_the_programme_zone() {
        // given: 20:00 UTC on 31 May is already 1 June in Shanghai
        CustomerId bornOnFirstOfJune = registerBornOn("Wang", LocalDate.of(1990, 6, 1));
        clock.set(Instant.parse("2025-05-31T20:00:00Z"));

        // when
        PointsReceipt receipt = bonus(bornOnFirstOfJune, BonusEvent.BIRTHDAY, null);

        // then
        assertThat(receipt.points()).isEqualTo(200);
        assertThat(availableOf(bornOnFirstOfJune)).isEqualTo(200);
    }

    @Test
    void the_birthday_bonus_is_refused_on_another_day_in_the_programme_zone() {
        // given: 17:00 UTC on 1 June is already 2 June in Shanghai
        CustomerId bornOnFirstOfJune = registerBornOn("Wang", LocalDate.of(1990, 6, 1));
        clock.set(Instant.parse("2025-06-01T17:00:00Z"));

        // when / then
        assertThatThrownBy(() -> bonus(bornOnFirstOfJune, BonusEvent.BIRTHDAY, null))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining("2025-06-02");
        assertThat(statementOf(bornOnFirstOfJune)).isEmpty();
        assertThat(availableOf(bornOnFirstOfJune)).isZero();
    }

    @Test
    void the_birthday_bonus_is_refused_when_the_profile_has_no_birth_date() {
        // when / then
        assertThatThrownBy(() -> bonus(li, BonusEvent.BIRTHDAY, null))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining("no birth date");
        assertThat(statementOf(li)).isEmpty();
    }

    @Test
    void the_first_purchase_earns_the_first_purchase_bonus_and_later_ones_do_not() {
        // when
        PointsReceipt first = buy(li, "o-1", "100.00");
        PointsReceipt second = buy(li, "o-2", "100.00");

        // then
        assertThat(first.points()).isEqualTo(130);
        assertThat(first.explanation()).extracting(Contribution::rule).containsExactly("base", "first-purchase");
        assertThat(second.points()).isEqualTo(100);
        assertThat(second.explanation()).extracting(Contribution::rule).containsExactly("base");
        assertThat(balanceOf(li).pending()).isEqualTo(230);
    }

    @Test
    void each_member_gets_the_first_purchase_bonus_once() {
        // given
        buy(li, "o-1", "100.00");

        // when
        PointsReceipt hansFirst = buy(han, "o-2", "10.00");

        // then
        assertThat(hansFirst.points()).isEqualTo(40);
    }

    @Test
    void a_first_purchase_bonus_given_as_an_event_is_not_given_again_with_the_first_purchase() {
        // given: the first purchase was made offline
        PointsReceipt offline = bonus(li, BonusEvent.FIRST_PURCHASE, "offline-order");

        // when
        PointsReceipt online = buy(li, "o-1", "100.00");

        // then
        assertThat(offline.points()).isEqualTo(30);
        assertThat(online.points()).isEqualTo(100);
        assertThat(online.explanation()).extracting(Contribution::rule).containsExactly("base");
    }

    @Test
    void the_first_purchase_bonus_is_not_given_again_as_an_event_after_the_first_purchase() {
        // given
        buy(li, "o-1", "100.00");

        // when / then
        assertThatThrownBy(() -> bonus(li, BonusEvent.FIRST_PURCHASE, null)).isInstanceOf(LedgerRuleException.class);
        assertThat(balanceOf(li).pending()).isEqualTo(130);
        assertThat(statementOf(li)).hasSize(1);
    }

    private PointsReceipt bonus(CustomerId who, BonusEvent event, String reference) {
        return loyalty.earnBonus(new EarnBonus(tenant, who, programme.id(), key("bonus"), event, reference));
    }
}
