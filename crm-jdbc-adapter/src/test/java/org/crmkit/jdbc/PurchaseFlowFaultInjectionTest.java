package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fault at every JDBC call of a purchase through the one door (programme with a campaign, tier
 * ladder with a campaign, lifecycle, timeline): the failed call leaves every crmkit table of the
 * tenant as it was, and the retry applies the purchase once, exactly as a run that never failed.
 * A commit whose answer is lost leaves it applied, and the retry is a replay.
 */
class PurchaseFlowFaultInjectionTest {

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, Crm crm) {}

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant START = Instant.parse("2025-05-01T00:00:00Z");

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest
    @EnumSource(FailureStack.class)
    void a_fault_at_any_call_leaves_all_or_nothing_and_the_retry_applies_the_purchase_once(FailureStack stack) throws SQLException {
        // given: an undisturbed purchase, its calls and what it leaves
        Database db = database(stack);
        Stage control = stage(db);
        db.failing().count();
        PurchaseReceipt undisturbed = control.buy();
        int calls = db.failing().calls();
        Map<String, Long> applied = rows(db.pool(), control.tenant);
        assertThat(calls).isGreaterThan(5);

        for (int n = 1; n <= calls; n++) {
            Stage stage = stage(db);
            Map<String, Long> before = rows(db.pool(), stage.tenant);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(stage::buy);
            db.failing().count();

            // then
            String at = stack + ": failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isNotNull();
            assertThat(rows(db.pool(), stage.tenant)).as("untouched after " + at).isEqualTo(before);
            PurchaseReceipt retried = stage.buy();
            assertThat(retried.replay()).as(at).isFalse();
            assertThat(retried.points().orElseThrow().points()).as(at).isEqualTo(undisturbed.points().orElseThrow().points());
            assertThat(rows(db.pool(), stage.tenant)).as("applied once after " + at).isEqualTo(applied);
            assertThat(stage.figures()).as(at).isEqualTo(control.figures());
        }
        System.out.println("purchase flow failure injection on " + stack + ": failed at each of its " + calls + " calls");
    }

    @ParameterizedTest
    @EnumSource(FailureStack.class)
    void a_commit_whose_answer_is_lost_leaves_the_purchase_applied_and_the_retry_is_a_replay(FailureStack stack) throws SQLException {
        // given
        Database db = database(stack);
        Stage control = stage(db);
        db.failing().count();
        control.buy();
        int calls = db.failing().calls();
        Map<String, Long> applied = rows(db.pool(), control.tenant);
        Stage stage = stage(db);

        // when
        db.failing().failAfter(calls);
        Throwable failure = catchThrowable(stage::buy);
        db.failing().count();

        // then
        assertThat(failure).isNotNull();
        assertThat(rows(db.pool(), stage.tenant)).isEqualTo(applied);
        PurchaseReceipt retried = stage.buy();
        assertThat(retried.replay()).isTrue();
        assertThat(rows(db.pool(), stage.tenant)).isEqualTo(applied);
        assertThat(stage.figures()).isEqualTo(control.figures());
    }

    /** A fresh tenant with a programme, a ladder, both with a doubling campaign, and one customer. */
    private static final class Stage {
        final Crm crm;
        final TenantId tenant = Tenants.fresh();
        final CustomerId customer;

        Stage(Crm crm) {
            this.crm = crm;
            Campaign doubling = Campaign.of("double", new BigDecimal("2"), START, START.plusSeconds(86_400L * 365 * 3)).withBudget(10_000);
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).campaign(doubling).build());
            crm.tiers().defineLadder(TierLadder.of(tenant, org.crmkit.shared.ProgrammeId.DEFAULT,
                            List.of(Tier.of("registered", "registered", 0), Tier.of("bronze", "bronze", 500)), QualifyingMetrics.growthValue(),
                            TierPolicies.jd(), ZoneId.of("Asia/Shanghai"))
                    .withGrowthEarning(EarningPolicy.basic(CNY, BigDecimal.ONE).withCampaign(doubling)));
            customer = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP)).id();
        }

        PurchaseReceipt buy() {
            return crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, "o-1", Money.of("300.00", "CNY"))
                    .at(Instant.parse("2026-01-02T03:04:05Z")).inProgramme(org.crmkit.shared.ProgrammeId.DEFAULT));
        }

        /** What the API shows, the same for every stage that bought once. */
        List<Object> figures() {
            return List.of(crm.loyalty().balance(tenant, customer, org.crmkit.shared.ProgrammeId.DEFAULT).available(),
                    crm.tiers().status(tenant, customer, org.crmkit.shared.ProgrammeId.DEFAULT).metric(),
                    crm.tiers().status(tenant, customer, org.crmkit.shared.ProgrammeId.DEFAULT).tier().code(),
                    crm.value().summary(tenant, customer).orElseThrow().orders(),
                    crm.customers().get(tenant, customer).stage(),
                    crm.timeline().page(tenant, customer, PageRequest.first(100)).items().size());
        }
    }

    private static Stage stage(Database db) {
        db.failing().count();
        return new Stage(db.crm());
    }

    /** The number of rows of the tenant in every crmkit table that has a tenant id. */
    private static Map<String, Long> rows(HikariDataSource pool, TenantId tenant) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = pool.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (table.startsWith("crm_") && column.equals("tenant_id") && !tables.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
                    s.setString(1, tenant.value());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.crmAt(Instant.parse("2026-01-05T00:00:00Z")));
        });
    }
}
