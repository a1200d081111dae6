package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ChurnDimension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text and arithmetic limits: what no store can keep alike (NUL, unpaired surrogates) is
 * refused by every store with a {@link ValidationException} naming the field, and nothing is
 * written; every other text comes back exactly; amounts, rates and dates past the documented
 * limits are refused before they are computed with; and running totals hold what the API accepts.
 */
public abstract class ExtremeInputContract extends TierFixture {

    private static final Currency CNY = Currency.getInstance("CNY");

    @BeforeEach
    void aProgrammeBesideJdsLadder() {
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nul \u0000 inside", "lone high \uD800 surrogate", "lone low \uDC00 surrogate", "ends high \uD83D"})
    void text_no_store_can_keep_alike_is_refused_in_every_kind_of_field_and_nothing_is_written(String hostile) {
        // when
        Throwable grant = catchThrowable(() -> crm.loyalty().grant(new GrantPoints(tenant, li, PROGRAMME, "g-1", 10, hostile, null, "agent")));
        Throwable hold = catchThrowable(() -> crm.loyalty().hold(new HoldPoints(tenant, li, PROGRAMME, "h-1", 10, hostile, null, null)));
        Throwable purchase = catchThrowable(() -> crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("10.00"))
                .via(hostile, "APP")));
        Throwable override = catchThrowable(() -> tiers.override(new OverrideTier(tenant, li, PROGRAMME, "gold", hostile, "agent",
                shanghai("2026-01-01T00:00"))));
        Throwable register = catchThrowable(() -> crm.customers().register(RegisterCustomer.of(tenant, hostile, SourceChannel.APP)));
        Throwable lookup = catchThrowable(() -> crm.value().purchase(tenant, hostile));

        // then
        assertThat(List.of(grant, hold, purchase, override, register, lookup)).allSatisfy(t -> assertThat(t)
                .isInstanceOf(ValidationException.class).hasMessageMatching("(?s).*(NUL|unpaired surrogate).*"));
        assertThat(grant).hasMessageContaining("reason");
        assertThat(hold).hasMessageContaining("orderReference");
        assertThat(purchase).hasMessageContaining("paymentMethod");
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).lifetimeEarned()).isZero();
        assertThat(crm.value().summary(tenant, li)).isEmpty();
        assertThat(statusOf(li).tier().code()).isEqualTo("registered");
    }

    @Test
    void every_other_text_comes_back_exactly() {
        // given: right-to-left marks, emoji (surrogate pairs), quotes and SQL, combining marks
        String name = "\u202Eأحمد\u202C 😀👍🏽 O'Brien \"; DROP TABLE crm_customer; -- Zoë\u0301";

        // when
        CustomerId id = crm.customers().register(RegisterCustomer.of(tenant, name, SourceChannel.APP)).id();

        // then
        assertThat(crm.customers().get(tenant, id).displayName()).isEqualTo(name);
    }

    @Test
    void a_forged_cursor_that_decodes_to_nul_is_a_validation_error() {
        // given
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2025-01-01T00:00:00Z\u001fa\u0000b".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // when
        Throwable thrown = catchThrowable(() -> crm.customers().interactions(tenant, li, PageRequest.after(forged, 10)));

        // then
        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("cursor");
    }

    @Test
    void a_payable_above_the_amount_limit_is_refused_before_points_are_computed() {
        // given
        Money huge = Money.of(new BigDecimal("99999999999999999999.99"), CNY);

        // when
        Throwable quote = catchThrowable(() -> crm.loyalty().quote(tenant, li, PROGRAMME, huge));
        Throwable hold = catchThrowable(() -> crm.loyalty().hold(new HoldPoints(tenant, li, PROGRAMME, "h-1", 10, "o-1", huge, null)));

        // then
        assertThat(quote).isInstanceOf(ValidationException.class).hasMessageContaining("payable").hasMessageContaining("1000000000000");
        assertThat(hold).isInstanceOf(ValidationException.class).hasMessageContaining("payable");
    }

    @Test
    void a_legal_rate_times_a_legal_amount_beyond_the_points_limit_is_refused_not_overflowed() {
        // given: ten million points per yuan, and an order of CNY 10^12
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).pointsPerYuan("10000000").build());
        tiers.defineLadder(jdLadder(tenant).withGrowthEarning(EarningPolicy.basic(CNY, new BigDecimal("10000000"))));
        Money most = cny("1000000000000.00");

        // when
        Throwable points = catchThrowable(() -> crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", most).inProgramme(PROGRAMME)));
        Throwable growth = catchThrowable(() -> tiers.recordPurchase(new RecordTierPurchase(tenant, han, PROGRAMME, "t-1", "o-2", most, null)));

        // then
        assertThat(points).isInstanceOf(ValidationException.class).hasMessageContaining("more than the 1000000000000");
        assertThat(growth).isInstanceOf(ValidationException.class).hasMessageContaining("more than the 1000000000000");
        assertThat(crm.value().summary(tenant, li)).isEmpty();
        assertThat(statusOf(han).metric()).isZero();
    }

    @Test
    void dates_and_instants_past_the_documented_range_are_refused_up_front() {
        // when
        List<Throwable> thrown = List.of(
                catchThrowable(() -> tiers.tierOn(tenant, li, PROGRAMME, LocalDate.MAX)),
                catchThrowable(() -> tiers.assess(tenant, PROGRAMME, LocalDate.MIN, 0, 1, org.crmkit.tier.AssessmentListener.NONE)),
                catchThrowable(() -> crm.value().churn(tenant, LocalDate.MIN, LocalDate.MAX, ChurnDimension.COHORT)),
                catchThrowable(() -> crm.complaints().report(tenant, Instant.MIN, Instant.MAX)),
                catchThrowable(() -> crm.complaints().checkSlas(tenant, Instant.MAX, 0, 1)),
                catchThrowable(() -> tiers.override(new OverrideTier(tenant, li, PROGRAMME, "gold", "vip", "agent", Instant.MAX))),
                catchThrowable(() -> crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("1.00")).at(Instant.MIN))));

        // then
        assertThat(thrown).allSatisfy(t -> assertThat(t).isInstanceOf(ValidationException.class).hasMessageContaining("must be from"));
        assertThat(statusOf(li).tier().code()).isEqualTo("registered");
    }

    @Test
    void a_customers_lifetime_totals_hold_a_thousand_and_one_orders_at_the_amount_limit() {
        // given
        Money most = cny("999999999999.99");

        // when
        for (int i = 0; i < 1001; i++) {
            crm.value().recordPurchase(RecordPurchase.of(tenant, li, "o-" + i, most).at(shanghai("2025-05-01T09:00").plusSeconds(i)));
        }

        // then
        PurchaseSummary summary = crm.value().summary(tenant, li).orElseThrow();
        assertThat(summary.orders()).isEqualTo(1001);
        assertThat(summary.paid()).isEqualTo(Money.of(new BigDecimal("999999999999.99").multiply(BigDecimal.valueOf(1001)), CNY));
    }

    @Test
    void a_hold_lives_at_most_thirty_days_and_the_limit_is_named() {
        // when
        Throwable tooLong = catchThrowable(() -> crm.loyalty().hold(new HoldPoints(tenant, li, PROGRAMME, "h-1", 10, "o-1", null,
                Duration.ofDays(10_000_000))));

        // then
        assertThat(tooLong).isInstanceOf(ValidationException.class).hasMessageContaining("ttl");
    }
}
