package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.Test;

/**
 * The JDBC calls of a purchase through the one door on PostgreSQL, with a programme and a tier
 * ladder that both run a campaign with a budget (the purchase benchmark's set-up). Three round
 * trips read what the purchase needs: the totals, the purchase's insert and the buyer's lifecycle
 * state and membership (read ahead for the lifecycle move and the points' tier); the account's
 * lock with the receipt, the order's claim and the points campaign's budget counter; the
 * membership's lock with the member's facts, last history line, whether the fact's key is free and
 * the growth campaign's budget counter. Each carries the writes made since ahead of it, and the
 * fourth sends the rest of the writes and the COMMIT: four calls for a customer who bought before;
 * eight for its replay; fourteen for a first purchase, which opens the points account and the
 * membership (and checks once that the customer exists, for both). The numbers pin today's round
 * trips, so a change that adds one shows here first.
 */
class PostgresPurchaseRoundTripsTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void a_repeat_buyers_purchase_takes_four_calls_its_replay_eight_a_first_purchase_fourteen_and_an_unknown_customer_writes_nothing() {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2)) {
            // given: a programme and a ladder with budgeted campaigns, customers who bought, every statement prepared
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, Dialect.POSTGRESQL)).build();
            define(crm, tenant);
            CustomerId li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
            CustomerId han = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
            for (int i = 0; i < 3; i++) {
                buy(crm, tenant, li, "warm-" + i);
            }

            // when
            counting.count();
            PurchaseReceipt repeat = buy(crm, tenant, li, "order-1");
            int repeatCalls = counting.calls();
            List<String> repeatSql = counting.executedSql();
            counting.count();
            PurchaseReceipt replay = buy(crm, tenant, li, "order-1");
            int replayCalls = counting.calls();
            counting.count();
            PurchaseReceipt first = buy(crm, tenant, han, "order-2");
            int firstCalls = counting.calls();
            List<String> firstSql = counting.executedSql();
            assertThatThrownBy(() -> buy(crm, tenant, CustomerId.of("nobody"), "order-3")).isInstanceOf(NotFoundException.class);

            // then
            assertThat(repeatCalls).as("calls of a repeat buyer's purchase: %s", repeatSql).isEqualTo(4);
            assertThat(repeatSql.get(repeatSql.size() - 1)).endsWith("; COMMIT");
            assertThat(replay.replay()).isTrue();
            assertThat(replay.purchase()).isEqualTo(repeat.purchase());
            assertThat(replayCalls).as("calls of its replay").isEqualTo(8);
            assertThat(firstCalls).as("calls of a first purchase, which opens the account and the membership: %s", firstSql).isEqualTo(14);
            assertThat(firstSql).as("reads of the customer's stage").filteredOn(sql -> sql.startsWith("SELECT lifecycle_stage FROM")).hasSize(1);
            assertThat(repeat.points().orElseThrow().points()).as("double points of 300 yuan").isEqualTo(600);
            assertThat(first.points().orElseThrow().points()).isEqualTo(600);
            assertThat(crm.value().summary(tenant, li).orElseThrow().orders()).isEqualTo(4);
            assertThat(crm.value().summary(tenant, han).orElseThrow().orders()).isEqualTo(1);
            assertThat(crm.value().purchase(tenant, "order-3")).isEmpty();
            assertThat(crm.tiers().status(tenant, li, ProgrammeId.DEFAULT).tier().code()).as("4 purchases of double growth").isEqualTo("silver");
        }
    }

    private static PurchaseReceipt buy(Crm crm, TenantId tenant, CustomerId who, String orderId) {
        return crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, orderId, Money.of("300.00", "CNY")).inProgramme(ProgrammeId.DEFAULT));
    }

    private static void define(Crm crm, TenantId tenant) {
        Instant start = Instant.now().minusSeconds(86_400);
        crm.loyalty().defineProgramme(new LoyaltyProgramme(tenant, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(CNY, BigDecimal.ONE).withCampaign(
                        Campaign.of("double", new BigDecimal("2"), start, start.plusSeconds(86_400 * 30)).withBudget(1_000_000L))));
        crm.tiers().defineLadder(TierLadder.of(tenant, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "registered", 0),
                        Tier.of("bronze", "bronze", 1000), Tier.of("silver", "silver", 2000), Tier.of("gold", "gold", 10000)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), ZoneId.of("Asia/Shanghai"))
                .withGrowthEarning(EarningPolicy.basic(CNY, BigDecimal.ONE).withCampaign(
                        Campaign.of("double-growth", new BigDecimal("2"), start, start.plusSeconds(86_400 * 30)).withBudget(1_000_000L))));
    }
}
