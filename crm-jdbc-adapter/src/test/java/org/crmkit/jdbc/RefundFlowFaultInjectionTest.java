package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.CommitCoupons;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.offer.coupon.RefundPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fault at every JDBC call of a refund through the one door that undoes a whole order: the
 * points it earned, its growth value (and the tier it lifted the customer to), the coupon it used
 * (returned by its template's policy) and the coupon its purchase reward gave (voided). The failed
 * call leaves every row of the tenant exactly as it was, and the retry applies the refund once,
 * as a run that never failed. Run for a full refund and for a cancellation.
 */
class RefundFlowFaultInjectionTest {

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, Crm crm) {}

    /** The two ways a paid order is undone in full. */
    enum Undo {
        FULL_REFUND(s -> s.crm.commerce().recordRefund(RecordRefund.of(s.tenant, s.customer, "o-1", "rf-1", Money.of("300.00", "CNY")))),
        CANCELLATION(s -> s.crm.commerce().cancelOrder(CancelOrder.of(s.tenant, s.customer, "o-1")));

        final Function<Stage, PurchaseReceipt> call;

        Undo(Function<Stage, PurchaseReceipt> call) {
            this.call = call;
        }
    }

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);
    private static final Currency CNY = Currency.getInstance("CNY");

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest
    @EnumSource(FailureStack.class)
    void a_fault_at_any_call_of_a_full_refund_leaves_all_or_nothing_and_the_retry_applies_it_once(FailureStack stack) throws SQLException {
        for (Undo undo : Undo.values()) {
            // given: an undisturbed refund, its calls and what it leaves
            Database db = database(stack);
            Stage control = stage(db);
            db.failing().count();
            undo.call.apply(control);
            int calls = db.failing().calls();
            Map<String, Long> applied = counts(db.pool(), control.tenant);
            List<Object> undone = control.figures();
            assertThat(calls).isGreaterThan(5);

            for (int n = 1; n <= calls; n++) {
                Stage stage = stage(db);
                Map<String, List<String>> before = rows(db.pool(), stage.tenant);

                // when
                db.failing().failBefore(n);
                Throwable failure = catchThrowable(() -> undo.call.apply(stage));
                db.failing().count();

                // then
                String at = stack + " " + undo + ": failing before call " + n + " of " + calls;
                assertThat(failure).as(at).isNotNull();
                assertThat(rows(db.pool(), stage.tenant)).as("untouched after " + at).isEqualTo(before);
                PurchaseReceipt retried = undo.call.apply(stage);
                assertThat(retried.replay()).as(at).isFalse();
                assertThat(counts(db.pool(), stage.tenant)).as("applied once after " + at).isEqualTo(applied);
                assertThat(stage.figures()).as(at).isEqualTo(undone);
                assertThat(undo.call.apply(stage).replay()).as(at).isTrue();
                assertThat(stage.figures()).as("replayed after " + at).isEqualTo(undone);
            }
            System.out.println("refund flow failure injection on " + stack + " (" + undo + "): failed at each of its " + calls + " calls");
        }
    }

    /**
     * A fresh tenant with a programme and a two-tier ladder, a 满200减20 coupon the customer spent
     * on order o-1 (returned on refund), and a purchase reward (满300返30, voided on refund) that o-1
     * earned; o-1 paid 300 and lifted the customer to bronze.
     */
    private static final class Stage {
        final Crm crm;
        final TenantId tenant = Tenants.fresh();
        final CustomerId customer;

        Stage(Crm crm) {
            this.crm = crm;
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
            crm.tiers().defineLadder(TierLadder.of(tenant, ProgrammeId.DEFAULT,
                            List.of(Tier.of("registered", "registered", 0), Tier.of("bronze", "bronze", 200)), QualifyingMetrics.growthValue(),
                            TierPolicies.jd(), ZoneId.of("Asia/Shanghai"))
                    .withGrowthEarning(EarningPolicy.basic(CNY, BigDecimal.ONE)));
            customer = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP)).id();
            crm.coupons().defineTemplate(CouponTemplate.amountOff(tenant, "welcome", "welcome", Money.of("200.00", "CNY"),
                    Money.of("20.00", "CNY")).withRefundPolicy(RefundPolicy.RETURN));
            crm.coupons().defineTemplate(CouponTemplate.amountOff(tenant, "back30", "back30", Money.of("300.00", "CNY"),
                    Money.of("30.00", "CNY")).withRefundPolicy(RefundPolicy.VOID));
            crm.coupons().defineReward(PurchaseReward.of(tenant, "r300", "back30", Money.of("300.00", "CNY")));
            CouponId welcome = crm.coupons().issue(new IssueCoupon(tenant, customer, "welcome", "welcome-li")).couponId();
            Cart cart = new Cart(List.of(new CartLine("tea", "drinks", 1, Money.of("320.00", "CNY"))), Money.of("0.00", "CNY"));
            crm.coupons().lock(new LockCoupons(tenant, customer, "lock-o-1", "o-1", cart, null, List.of(welcome), Duration.ofMinutes(15)));
            crm.coupons().commit(new CommitCoupons(tenant, "o-1", "commit-o-1"));
            PurchaseReceipt bought = crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, "o-1", Money.of("300.00", "CNY"))
                    .at(Instant.parse("2026-01-02T03:04:05Z")).inProgramme(ProgrammeId.DEFAULT));
            assertThat(bought.rewardCoupons()).hasSize(1);
            assertThat(bought.tier().orElseThrow().tier().code()).isEqualTo("bronze");
        }

        /** What the API shows, the same for every stage whose order was undone once. */
        List<Object> figures() {
            return List.of(crm.loyalty().balance(tenant, customer, ProgrammeId.DEFAULT).available(),
                    crm.tiers().status(tenant, customer, ProgrammeId.DEFAULT).metric(),
                    crm.tiers().status(tenant, customer, ProgrammeId.DEFAULT).tier().code(),
                    crm.value().summary(tenant, customer).orElseThrow().net(),
                    crm.coupons().couponsOf(tenant, customer).stream().map(c -> c.templateId() + ":" + c.status()).sorted().toList(),
                    crm.coupons().lockOf(tenant, "o-1").orElseThrow().status(),
                    crm.timeline().page(tenant, customer, PageRequest.first(100)).items().size());
        }
    }

    private static Stage stage(Database db) {
        db.failing().count();
        return new Stage(db.crm());
    }

    private static Map<String, Long> counts(HikariDataSource pool, TenantId tenant) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        rows(pool, tenant).forEach((table, rows) -> counts.put(table, (long) rows.size()));
        return counts;
    }

    /** Every row of the tenant, as text, sorted, in every crmkit table that has a tenant id: a change to any value shows. */
    private static Map<String, List<String>> rows(HikariDataSource pool, TenantId tenant) throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection c = pool.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("crm_") && column.equals("tenant_id") && !tables.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE tenant_id = ?")) {
                    s.setString(1, tenant.value());
                    try (ResultSet rs = s.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= columns; i++) {
                                row.append(rs.getString(i)).append('|');
                            }
                            rows.add(row.toString());
                        }
                    }
                }
                rows.sort(null);
                all.put(table, rows);
            }
        }
        return all;
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.crmAt(Instant.parse("2026-01-05T00:00:00Z")));
        });
    }
}
