package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input is refused before anything is written: unknown customers and ladders, other
 * tenants' customers, amounts out of range, times in the future, blank keys.
 */
public abstract class TierBadInputContract extends TierFixture {

    private static final ProgrammeId NO_LADDER = ProgrammeId.of("no-ladder");

    @Test
    void an_unknown_customer_is_not_found() {
        // given
        CustomerId stranger = CustomerId.generate(IdGenerator.timeOrdered());

        // then
        assertThatThrownBy(() -> buy(stranger, "100.00")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statusOf(stranger)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tiers.tierOn(tenant, stranger, PROGRAMME, LocalDate.parse("2025-05-10")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> historyOf(stranger)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_programme_without_a_ladder_is_not_found() {
        // then
        assertThatThrownBy(() -> tiers.recordPurchase(new RecordTierPurchase(tenant, li, NO_LADDER, "k-1", "o-1", cny("10.00"), null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("tier ladder");
        assertThatThrownBy(() -> tiers.status(tenant, li, NO_LADDER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tiers.assess(tenant, NO_LADDER, LocalDate.parse("2025-06-01"), 0, 1, AssessmentListener.NONE))
                .isInstanceOf(NotFoundException.class);
        assertThat(tiers.currentTier(tenant, li, NO_LADDER)).isEmpty();
    }

    @Test
    void another_tenants_customer_is_not_found_and_nothing_is_recorded_for_them() {
        // given
        TenantId other = Tenants.fresh();
        CustomerId theirs = register(other, "Wang Fang");
        tiers.defineLadder(jdLadder(other));

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> buy(theirs, "12000.00"));

        // then
        assertThat(thrown).isInstanceOf(NotFoundException.class);
        assertThat(tiers.status(other, theirs, PROGRAMME).metric()).isZero();
        assertThat(tiers.history(other, theirs, PROGRAMME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-100.00", "1000000000000.01"})
    void a_purchase_out_of_range_is_refused(String paid) {
        // when
        ValidationException error = validationErrorOf(() -> buy(li, paid));

        // then
        assertThat(fieldsOf(error)).containsExactly("paid");
        assertThat(historyOf(li)).isEmpty();
    }

    @Test
    void a_refund_above_its_order_total_or_in_another_currency_is_refused() {
        // given
        buy(li, "o-1", "100.00");

        // when
        ValidationException above = validationErrorOf(() -> refund(li, "o-1", "100.01", false));
        ValidationException dollars = validationErrorOf(() -> tiers.recordRefund(new org.crmkit.tier.RecordTierRefund(tenant, li, PROGRAMME,
                "r-usd", "o-1", cny("100.00"), org.crmkit.shared.Money.of("10.00", "USD"), false, null)));

        // then
        assertThat(fieldsOf(above)).containsExactly("refunded");
        assertThat(fieldsOf(dollars)).containsExactly("refunded");
        assertThat(statusOf(li).metric()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-5.00", "1000000000000.01"})
    void a_refund_out_of_range_is_refused(String refunded) {
        // given
        buy(li, "o-1", "100.00");

        // when
        ValidationException error = validationErrorOf(() -> refund(li, "o-1", refunded, false));

        // then
        assertThat(fieldsOf(error)).containsExactly("refunded");
        assertThat(statusOf(li).metric()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1_000_000_001L})
    void a_growth_grant_out_of_range_is_refused(long points) {
        // when
        ValidationException error = validationErrorOf(() -> grow(li, points));

        // then
        assertThat(fieldsOf(error)).containsExactly("points");
        assertThat(historyOf(li)).isEmpty();
    }

    @Test
    void a_purchase_or_refund_in_the_future_is_refused() {
        // given
        buy(li, "o-1", "100.00");
        var later = clock.instant().plus(Duration.ofSeconds(1));

        // when
        ValidationException purchase = validationErrorOf(() -> tiers.recordPurchase(purchase(li, "o-2", "100.00", later)));
        ValidationException refund = validationErrorOf(() -> tiers.recordRefund(
                new RecordTierRefund(tenant, li, PROGRAMME, "r-1", "o-1", cny("10.00"), cny("10.00"), false, later)));

        // then
        assertThat(fieldsOf(purchase)).containsExactly("paidAt");
        assertThat(fieldsOf(refund)).containsExactly("refundedAt");
        assertThat(statusOf(li).metric()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "\t"})
    void a_blank_or_spaced_idempotency_key_is_refused(String badKey) {
        // when
        ValidationException purchase = validationErrorOf(() -> tiers.recordPurchase(
                new RecordTierPurchase(tenant, li, PROGRAMME, badKey, "o-1", cny("10.00"), null)));
        ValidationException grant = validationErrorOf(() -> tiers.grantGrowth(
                new GrantGrowth(tenant, li, PROGRAMME, badKey, 10, "review")));

        // then
        assertThat(fieldsOf(purchase)).contains("idempotencyKey");
        assertThat(fieldsOf(grant)).contains("idempotencyKey");
        assertThat(historyOf(li)).isEmpty();
    }

    @Test
    void a_growth_grant_without_a_reason_is_refused() {
        // when
        ValidationException error = validationErrorOf(() -> tiers.grantGrowth(new GrantGrowth(tenant, li, PROGRAMME, "k-1", 10, " ")));

        // then
        assertThat(fieldsOf(error)).containsExactly("reason");
    }

    @Test
    void a_command_without_tenant_or_customer_lists_both() {
        // when
        ValidationException error = validationErrorOf(() -> tiers.recordPurchase(
                new RecordTierPurchase(null, null, PROGRAMME, "k-1", "o-1", cny("10.00"), null)));

        // then
        assertThat(fieldsOf(error)).contains("tenantId", "customerId");
    }

    @Test
    void assessing_a_day_that_has_not_begun_in_the_ladder_zone_is_refused_and_marks_nobody() {
        // given the clock at 10:00 on 10 May in Shanghai, and Li a member
        buy(li, "o-1", "100.00");

        // when
        ValidationException error = validationErrorOf(() -> tiers.assess(tenant, PROGRAMME, LocalDate.parse("2025-05-11"), 0, 1,
                AssessmentListener.NONE));

        // then: refused, and the day can be assessed once it has begun
        assertThat(fieldsOf(error)).containsExactly("date");
        clock.set(shanghai("2025-05-11T00:05"));
        assertThat(tiers.assess(tenant, PROGRAMME, LocalDate.parse("2025-05-11"), 0, 1, AssessmentListener.NONE).alreadyDone()).isZero();
    }

    @Test
    void a_shard_outside_the_shard_count_is_refused() {
        // then
        assertThatThrownBy(() -> tiers.assess(tenant, PROGRAMME, LocalDate.parse("2025-06-01"), 3, 3, AssessmentListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tiers.assess(tenant, PROGRAMME, LocalDate.parse("2025-06-01"), 0, 0, AssessmentListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
