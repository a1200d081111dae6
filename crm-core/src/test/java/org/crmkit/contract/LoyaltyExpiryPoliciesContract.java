package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiringPoints;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LotMovement;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.spi.ExpiryPolicy;
import org.crmkit.loyalty.spi.ExpiryPolicyFactory;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * End to end: points expire by the programme's policy — never, N months after earning, at the end
 * of the Nth year or month in the programme's zone — to the exact instant; spending takes the
 * soonest-expiring lots first; the balance lists what expires in the next 30 days by last usable day.
 */
public abstract class LoyaltyExpiryPoliciesContract extends LoyaltyFixture {

    @Test
    void points_of_a_programme_whose_points_never_expire_stay_for_a_century() {
        // given
        grant(li, 100);

        // when
        clock.advance(Duration.ofDays(365 * 100));

        // then
        assertThat(availableOf(li)).isEqualTo(100);
        assertThat(balanceOf(li).expiringSoon()).isEmpty();
    }

    @Test
    void rolling_months_expire_the_points_to_the_instant_n_months_after_earning() {
        assertExpiresExactlyAt(ExpiryPolicies.rollingMonths(12), Instant.parse("2026-06-01T02:03:04.123456Z"));
    }

    @Test
    void end_of_year_1_expires_points_earned_in_2025_when_2026_ends_in_shanghai() {
        assertExpiresExactlyAt(ExpiryPolicies.endOfYear(1), Instant.parse("2027-01-01T00:00:00+08:00"));
    }

    @Test
    void end_of_month_1_expires_points_earned_in_june_when_july_ends_in_shanghai() {
        assertExpiresExactlyAt(ExpiryPolicies.endOfMonth(1), Instant.parse("2025-08-01T00:00:00+08:00"));
    }

    @Test
    void end_of_year_counts_the_year_of_earning_in_the_programme_zone() {
        // given: 17:00 UTC on New Year's Eve is already 2026 in Shanghai
        clock.set(Instant.parse("2025-12-31T17:00:00Z"));
        define(aProgramme().expiry(ExpiryPolicies.endOfYear(0)));
        grant(li, 100);

        // when
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));

        // then
        assertThat(availableOf(li)).isEqualTo(100);
        clock.set(Instant.parse("2027-01-01T00:00:00+08:00"));
        assertThat(availableOf(li)).isZero();
    }

    @Test
    void expired_points_leave_an_expire_entry_and_count_as_expired() {
        // given
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(1)));
        PointsReceipt granted = grant(li, 100);
        redeem(li, 30);

        // when
        clock.advance(Duration.ofDays(31));

        // then
        assertThat(balanceOf(li).available()).isZero();
        LedgerEntry expired = statementOf(li).get(0);
        assertThat(expired.type()).isEqualTo(EntryType.EXPIRE);
        assertThat(expired.signedPoints()).isEqualTo(-70);
        assertThat(expired.lots()).extracting(LotMovement::lotId).containsExactly(lotOf(li, granted));
        assertThat(storedAccountOf(li).expired()).isEqualTo(70);
        assertThat(storedAccountOf(li).isConserved()).isTrue();
    }

    @Test
    void spending_takes_the_soonest_expiring_lot_first_even_when_it_was_earned_later() {
        // given: a lot for two years, then one for a month
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(24)));
        PointsReceipt longLived = grant(li, 100);
        clock.advance(Duration.ofDays(1));
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(1)));
        PointsReceipt shortLived = grant(li, 100);

        // when
        redeem(li, 150);

        // then
        assertThat(statementOf(li).get(0).lots()).containsExactly(
                new LotMovement(lotOf(li, shortLived), 100), new LotMovement(lotOf(li, longLived), 50));
        clock.advance(Duration.ofDays(40));
        assertThat(availableOf(li)).as("nothing of the short-lived lot was left to expire").isEqualTo(50);
        assertThat(statementOf(li)).extracting(LedgerEntry::type).doesNotContain(EntryType.EXPIRE);
    }

    /**
     * A storage may read the account's expiring lots and its lasting ones as two ranges, a few at a
     * time (H2: the second only when the first falls short): ten expiring lots, more than one read
     * takes, still all go before any lot that never expires, however early that one was earned.
     */
    @Test
    void lots_that_never_expire_are_spent_after_every_expiring_lot_however_many() {
        // given: three lots that never expire, then ten that do, each earned a day after the last
        define(aProgramme().expiry(ExpiryPolicies.never()));
        List<PointsReceipt> lasting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lasting.add(grant(li, 100));
            clock.advance(Duration.ofDays(1));
        }
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(1)));
        List<PointsReceipt> expiring = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expiring.add(grant(li, 100));
            clock.advance(Duration.ofDays(1));
        }

        // when
        redeem(li, 1_150);

        // then: the expiring ones soonest-expiring (earliest earned) first, then the oldest lasting ones
        List<LotMovement> expected = new ArrayList<>();
        expiring.forEach(earned -> expected.add(new LotMovement(lotOf(li, earned), 100)));
        expected.add(new LotMovement(lotOf(li, lasting.get(0)), 100));
        expected.add(new LotMovement(lotOf(li, lasting.get(1)), 50));
        assertThat(statementOf(li).get(0).lots()).containsExactlyElementsOf(expected);
        assertThat(availableOf(li)).isEqualTo(150);
    }

    @Test
    void lots_that_expire_together_are_spent_oldest_first() {
        // given
        define(aProgramme().expiry(ExpiryPolicies.endOfYear(0)));
        PointsReceipt older = grant(li, 100);
        clock.advance(Duration.ofDays(10));
        PointsReceipt newer = grant(li, 100);

        // when
        redeem(li, 120);

        // then
        assertThat(statementOf(li).get(0).lots()).containsExactly(
                new LotMovement(lotOf(li, older), 100), new LotMovement(lotOf(li, newer), 20));
    }

    @Test
    void the_balance_lists_points_expiring_in_the_next_30_days_by_last_usable_day() {
        // given: rolling months expire at 10:03 in Shanghai, so that day is the last usable one
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(1)));
        grant(li, 100);
        clock.advance(Duration.ofDays(2));
        grant(li, 50);
        redeem(li, 30);
        clock.advance(Duration.ofDays(1));
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(2)));
        grant(li, 40);

        // when
        List<ExpiringPoints> soon = balanceOf(li).expiringSoon();

        // then
        assertThat(soon).containsExactly(new ExpiringPoints(LocalDate.of(2025, 7, 1), 70),
                new ExpiringPoints(LocalDate.of(2025, 7, 3), 50));
    }

    @Test
    void points_expiring_at_midnight_are_listed_under_the_day_before() {
        // given
        define(aProgramme().expiry(ExpiryPolicies.endOfMonth(0)));
        grant(li, 100);

        // when
        List<ExpiringPoints> soon = balanceOf(li).expiringSoon();

        // then
        assertThat(soon).containsExactly(new ExpiringPoints(LocalDate.of(2025, 6, 30), 100));
    }

    @Test
    void pending_and_held_points_are_not_listed_as_expiring() {
        // given
        define(aProgramme().expiry(ExpiryPolicies.endOfMonth(0)).pendingFor(Duration.ofDays(7)));
        buy(li, "o-1", "100.00");
        grant(li, 50);
        hold(li, 20);

        // when
        List<ExpiringPoints> soon = balanceOf(li).expiringSoon();

        // then
        assertThat(soon).containsExactly(new ExpiringPoints(LocalDate.of(2025, 6, 30), 30));
    }

    @Test
    void a_purchase_reported_after_its_points_expired_earns_them_and_expires_them_at_once() {
        // given: paid on New Year's Eve, reported the next morning; points expire when the year ends
        define(aProgramme().expiry(ExpiryPolicies.endOfYear(0)));
        clock.set(shanghai("2026-01-01T09:00"));

        // when
        PointsReceipt receipt = loyalty.earnForPurchase(new PurchaseOrder(tenant, li, programme.id(),
                "purchase:o-1", "o-1", cny("100.00"), shanghai("2025-12-31T20:00"), List.of()));

        // then
        assertThat(receipt.points()).isEqualTo(100);
        assertThat(receipt.availableAfter()).isZero();
        assertThat(storedAccountOf(li).available()).isZero();
        assertThat(storedAccountOf(li).expired()).isEqualTo(100);
        assertThat(statementOf(li)).extracting(LedgerEntry::type).containsExactly(EntryType.EXPIRE, EntryType.EARN);
    }

    @Test
    void an_expiry_policy_registered_on_the_builder_expires_points_and_survives_a_reload() {
        // given: points that expire ten days after they were earned, a kind only the builder knows
        LoyaltyService plugged = crmWith(b -> b.expiryPolicyFactory(new TenDays.Factory())).loyalty();
        programme = aProgramme().expiry(new TenDays()).build();
        plugged.defineProgramme(programme);
        loyalty = plugged;
        Instant earned = clock.instant();
        grant(li, 100);

        // when
        clock.set(earned.plus(Duration.ofDays(10)).minusSeconds(1));
        long dayTen = availableOf(li);
        clock.set(earned.plus(Duration.ofDays(10)));
        long after = availableOf(li);

        // then
        assertThat(dayTen).isEqualTo(100);
        assertThat(after).isZero();
        assertThat(crmWith(b -> b.expiryPolicyFactory(new TenDays.Factory())).loyalty().programme(tenant, programme.id()).orElseThrow()
                .expiry()).isEqualTo(new TenDays());
    }

    @Test
    void a_programme_whose_expiry_policy_no_factory_can_make_again_is_refused_before_it_is_stored() {
        // given
        LoyaltyProgramme before = programme;

        // when
        Throwable error = catchThrowable(() -> loyalty.defineProgramme(aProgramme().expiry(new TenDays()).build()));

        // then
        assertThat(error).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expiry")
                .hasMessageContaining("'ten-days'")
                .hasMessageContaining("Crm.builder()");
        assertThat(loyalty.programme(tenant, before.id())).contains(before);
    }

    @Test
    void an_instance_that_does_not_know_a_stored_expiry_kind_says_which_and_how_to_register_it() {
        // given: defined by an instance with the factory
        LoyaltyService plugged = crmWith(b -> b.expiryPolicyFactory(new TenDays.Factory())).loyalty();
        plugged.defineProgramme(aProgramme().expiry(new TenDays()).build());

        // when: a fresh instance without it reads the programme
        Throwable error = catchThrowable(() -> crmWith(b -> b).loyalty().programme(tenant, programme.id()));

        // then
        assertThat(error).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ten-days'")
                .hasMessageContaining("META-INF/services/org.crmkit.loyalty.spi.ExpiryPolicyFactory");
    }

    /** Points expire ten days after they were earned: a plug-in kind for the tests above. */
    record TenDays() implements ExpiryPolicy {
        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            return Optional.of(earnedAt.plus(Duration.ofDays(10)));
        }

        @Override
        public String spec() {
            return "ten-days";
        }

        /** Its factory. */
        static final class Factory implements ExpiryPolicyFactory {
            @Override
            public String kind() {
                return "ten-days";
            }

            @Override
            public ExpiryPolicy create(String argument) {
                return new TenDays();
            }
        }
    }

    private void assertExpiresExactlyAt(ExpiryPolicy policy, Instant expiry) {
        // given
        define(aProgramme().expiry(policy));
        grant(li, 100);

        // when
        clock.set(expiry.minusNanos(1000));
        long justBefore = availableOf(li);
        clock.set(expiry);
        long at = availableOf(li);

        // then
        assertThat(justBefore).as("available 1 µs before %s", expiry).isEqualTo(100);
        assertThat(at).as("available at %s", expiry).isZero();
    }

    /** The lot a grant or purchase created, from its EARN entry. */
    protected String lotOf(CustomerId who, PointsReceipt earned) {
        return statementOf(who).stream().filter(e -> e.entryId().equals(earned.entryIds().get(0)))
                .findFirst().orElseThrow().lots().get(0).lotId();
    }
}
