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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.CommitCheckout;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.ReleaseCheckout;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on the checkout: the Nth statement (N = 1, 2, ... through every call) of a
 * hold, a commit or a release of a checkout that uses points and a coupon fails. After each failure
 * the tenant's ledger, outbox, coupon and checkout rows must be exactly as before (the coupon lock,
 * the points hold and the checkout row come and go together), and a
 * retry with the same key must reach the state an undisturbed run reaches.
 */
class CheckoutFailureInjectionTest {

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);
    private static final Instant START = Instant.parse("2025-06-01T02:00:00Z");

    /** What each scenario does: the setup, then the call under test. */
    enum Scenario {
        HOLD(s -> null, s -> s.crm.checkout().hold(s.hold())),
        COMMIT(s -> s.crm.checkout().hold(s.hold()), s -> s.crm.checkout().commit(new CommitCheckout(s.tenant, "pay:order-1", "order-1"))),
        RELEASE(s -> s.crm.checkout().hold(s.hold()),
                s -> s.crm.checkout().release(new ReleaseCheckout(s.tenant, "cancel:order-1", "order-1")));

        final Function<Stage, CheckoutQuote> given;
        final Function<Stage, CheckoutQuote> when;

        Scenario(Function<Stage, CheckoutQuote> given, Function<Stage, CheckoutQuote> when) {
            this.given = given;
            this.when = when;
        }
    }

    static final class Stage {
        final TenantId tenant = Tenants.fresh();
        final Crm crm;
        final CustomerId customer;
        final CouponId coupon;

        Stage(JdbcStorage storage) {
            crm = Crm.builder().storage(storage).clock(MutableClock.at(START)).build();
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).redemptionLimits("0.5", 1, 1).build());
            customer = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Li").build()).id();
            crm.loyalty().grant(new GrantPoints(tenant, customer, ProgrammeId.DEFAULT, "grant-1", 10_000, "goodwill", null, "agent-1"));
            crm.coupons().defineTemplate(CouponTemplate.amountOff(tenant, "mj-100-10", "10 off 100", cny("100.00"), cny("10.00")));
            coupon = crm.coupons().issue(new IssueCoupon(tenant, customer, "mj-100-10", "issue-1")).couponId();
        }

        HoldCheckout hold() {
            Cart cart = new Cart(List.of(new CartLine("nuts-500g", "snacks", 2, cny("100.00"))), cny("10.00"));
            return new HoldCheckout(tenant, customer, ProgrammeId.DEFAULT, "hold:order-1", "order-1", cart, List.of(coupon), 3_000L, null);
        }
    }

    static Stream<Arguments> scenariosOnEachDatabase() {
        List<Arguments> cases = new ArrayList<>();
        for (FailureStack stack : FailureStack.values()) {
            for (Scenario scenario : Scenario.values()) {
                cases.add(Arguments.of(stack, scenario));
            }
        }
        return cases.stream();
    }

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_failure_at_any_statement_leaves_points_and_checkout_as_before_and_a_retry_applies_it_once(FailureStack stack, Scenario scenario) {
        // given: an undisturbed run, its calls and the state it leaves, after a first run that
        // pays the storage's one-time statements (the first use of a fresh database costs one more)
        Database db = database(stack);
        scenario.when.apply(stage(db, scenario));
        Stage control = stage(db, scenario);
        db.failing().count();
        CheckoutQuote undisturbed = scenario.when.apply(control);
        int calls = db.failing().calls();
        List<String> applied = state(db, control);
        // a definition read again after its one-second cache lapsed (a slow, loaded machine) adds a
        // call to some runs: the fewest calls of two undisturbed runs is the count every run reaches
        Stage second = stage(db, scenario);
        db.failing().count();
        scenario.when.apply(second);
        calls = Math.min(calls, db.failing().calls());
        assertThat(calls).as("calls of an undisturbed %s", scenario).isGreaterThan(2);

        for (int n = 1; n <= calls; n++) {
            Stage stage = stage(db, scenario);
            List<String> before = snapshot(db, stage);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(() -> scenario.when.apply(stage));
            db.failing().count();

            // then
            String at = scenario + " failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            assertThat(snapshot(db, stage)).as("untouched after " + at).isEqualTo(before);
            CheckoutQuote retried = scenario.when.apply(stage);
            assertThat(List.of(retried.status(), retried.points(), retried.payable())).as("retry after " + at)
                    .isEqualTo(List.of(undisturbed.status(), undisturbed.points(), undisturbed.payable()));
            assertThat(state(db, stage)).as("state after the retry after " + at).isEqualTo(applied);
        }
        System.out.println("failure injection on " + stack + ": checkout " + scenario + " failed at each of its " + calls + " calls");
    }

    /** The ledger rows, outbox and checkout rows of the stage's tenant, exactly as stored. */
    private static List<String> snapshot(Database db, Stage stage) {
        List<String> rows = new ArrayList<>(LedgerSnapshot.of(db.pool(), stage.tenant));
        rows.addAll(checkoutRows(db, stage.tenant));
        rows.addAll(tableRows(db, stage.tenant, "crm_coupon"));
        rows.addAll(tableRows(db, stage.tenant, "crm_coupon_lock"));
        return rows;
    }

    /** Every row of {@code table} of the tenant, every column as text, in a stable order. */
    private static List<String> tableRows(Database db, TenantId tenant, String table) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE tenant_id = ?")) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= columns; i++) {
                        row.append(' ').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        rows.sort(null);
        return rows;
    }

    /** What the undisturbed run and each retry must agree on: normalised ledger, checkout status and payable. */
    private static List<String> state(Database db, Stage stage) {
        List<String> rows = new ArrayList<>(LedgerSnapshot.normalised(db.pool(), stage.tenant, List.of(stage.customer)));
        rows.addAll(checkoutRows(db, stage.tenant).stream().map(r -> r.substring(0, r.indexOf(" quoted="))).toList());
        return rows;
    }

    private static List<String> checkoutRows(Database db, TenantId tenant) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT order_ref, status, version, close_key, quoted_at FROM crm_checkout"
                        + " WHERE tenant_id = ? ORDER BY order_ref")) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " v" + rs.getLong(3) + " " + rs.getString(4) + " quoted=" + rs.getString(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Stage stage(Database db, Scenario scenario) {
        db.failing().count();
        Stage stage = new Stage(db.storage());
        scenario.given.apply(stage);
        return stage;
    }

    private static Money cny(String amount) {
        return Money.of(new BigDecimal(amount), java.util.Currency.getInstance("CNY"));
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.storage());
        });
    }
}
