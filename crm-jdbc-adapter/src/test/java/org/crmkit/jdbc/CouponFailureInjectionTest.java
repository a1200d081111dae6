package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.CommitCoupons;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.StackingGroup;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection at checkout: a {@link LedgerFailingDataSource} under the storage makes the Nth
 * statement (or the commit) of a coupon lock, a commit, or both in one unit of work fail, for N = 1,
 * 2, ... through every call. After each failure the tenant's coupons, locks, counters and outbox
 * must be exactly as before; a retry with the same keys must leave them as an undisturbed run does,
 * and a second retry must change nothing. A commit whose answer is lost leaves the work applied.
 */
class CouponFailureInjectionTest {

    /** What runs under injection, after the given state is set up without it. */
    enum Scenario {
        LOCK(false, c -> c.coupons.lock(c.lockCommand())),
        COMMIT(true, c -> c.coupons.commit(new CommitCoupons(c.tenant, "order-1", "pay-1"))),
        LOCK_AND_COMMIT(false, c -> c.storage.transactions().inTransaction(() -> {
            c.coupons.lock(c.lockCommand());
            return c.coupons.commit(new CommitCoupons(c.tenant, "order-1", "pay-1"));
        }));

        final boolean lockedFirst;
        final Function<Stage, CouponLock> when;

        Scenario(boolean lockedFirst, Function<Stage, CouponLock> when) {
            this.lockedFirst = lockedFirst;
            this.when = when;
        }
    }

    /** A fresh tenant with Li and two stackable coupons of hers (locked for order-1 if the scenario says so). */
    static final class Stage {
        final JdbcStorage storage;
        final TenantId tenant = Tenants.fresh();
        final CouponService coupons;
        final CustomerId li;
        final List<CouponId> ids = new ArrayList<>();

        Stage(JdbcStorage storage, Scenario scenario) {
            this.storage = storage;
            Crm crm = Crm.builder().storage(storage).clock(MutableClock.atSomeMoment()).build();
            this.coupons = crm.coupons();
            this.li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Li").build()).id();
            coupons.defineTemplate(CouponTemplate.amountOff(tenant, "store", "store", Money.of("100.00", "CNY"), Money.of("20.00", "CNY"))
                    .withStacking(StackingGroup.named("store")));
            coupons.defineTemplate(CouponTemplate.freeShipping(tenant, "ship", "ship", Money.of("0.00", "CNY"))
                    .withStacking(StackingGroup.named("ship")));
            ids.add(coupons.issue(new IssueCoupon(tenant, li, "store", "i-1")).couponId());
            ids.add(coupons.issue(new IssueCoupon(tenant, li, "ship", "i-2")).couponId());
            if (scenario.lockedFirst) {
                coupons.lock(lockCommand());
            }
        }

        LockCoupons lockCommand() {
            Cart cart = new Cart(List.of(new CartLine("tea-1", "tea", 2, Money.of("80.00", "CNY"))), Money.of("12.00", "CNY"));
            return new LockCoupons(tenant, li, "lock-1", "order-1", cart, null, ids, Duration.ofMinutes(15));
        }
    }

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);
    private static final List<String> TABLES = List.of("crm_coupon", "crm_coupon_lock", "crm_counter");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
    void a_failure_at_any_statement_leaves_everything_as_before_and_a_retry_applies_it_once(FailureStack stack, Scenario scenario) {
        // given: how an undisturbed run leaves the tenant, and how many calls it makes
        Database db = database(stack);
        Stage control = stage(db, scenario);
        db.failing().count();
        CouponLock undisturbed = scenario.when.apply(control);
        int calls = db.failing().calls();
        List<String> applied = normalised(db.pool(), control);
        assertThat(calls).as("calls of an undisturbed %s", scenario).isGreaterThan(3);

        for (int n = 1; n <= calls; n++) {
            Stage stage = stage(db, scenario);
            List<String> before = snapshot(db.pool(), stage.tenant);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(() -> scenario.when.apply(stage));
            db.failing().count();

            // then
            String at = scenario + " failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            assertThat(snapshot(db.pool(), stage.tenant)).as("untouched after " + at).isEqualTo(before);
            retryTwiceAndCompare(db, scenario, stage, applied, undisturbed, at);
        }
        System.out.println("failure injection on " + stack + ": coupons " + scenario + " failed at each of its " + calls + " calls");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_work_applied_and_a_retry_returns_it(FailureStack stack, Scenario scenario) {
        // given
        Database db = database(stack);
        Stage control = stage(db, scenario);
        db.failing().count();
        CouponLock undisturbed = scenario.when.apply(control);
        int calls = db.failing().calls();
        List<String> applied = normalised(db.pool(), control);
        Stage stage = stage(db, scenario);

        // when
        db.failing().failAfter(calls);
        Throwable failure = catchThrowable(() -> scenario.when.apply(stage));
        db.failing().count();

        // then
        String at = scenario + " losing the answer to its commit";
        assertThat(failure).as(at).isInstanceOf(StorageException.class);
        assertThat(normalised(db.pool(), stage)).as("applied by " + at).isEqualTo(applied);
        retryTwiceAndCompare(db, scenario, stage, applied, undisturbed, at);
    }

    private static void retryTwiceAndCompare(Database db, Scenario scenario, Stage stage, List<String> applied, CouponLock undisturbed,
            String at) {
        CouponLock retried = scenario.when.apply(stage);
        assertThat(List.of(retried.status(), retried.totalDiscount(), retried.applied().size()))
                .as("lock after the retry after " + at)
                .isEqualTo(List.of(undisturbed.status(), undisturbed.totalDiscount(), undisturbed.applied().size()));
        assertThat(normalised(db.pool(), stage)).as("applied once by the retry after " + at).isEqualTo(applied);
        List<String> after = snapshot(db.pool(), stage.tenant);
        scenario.when.apply(stage);
        assertThat(snapshot(db.pool(), stage.tenant)).as("unchanged by a second retry after " + at).isEqualTo(after);
    }

    private static Stage stage(Database db, Scenario scenario) {
        db.failing().count();
        return new Stage(db.storage(), scenario);
    }

    /** The tenant's coupon rows, locks, counters and outbox events, exactly as stored. */
    private static List<String> snapshot(DataSource database, TenantId tenant) {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String table : TABLES) {
                read(c, table, "SELECT * FROM " + table + " WHERE tenant_id = ?", tenant, rows);
            }
            read(c, "crm_outbox", "SELECT event_type, aggregate_id, occurred_at, payload FROM crm_outbox WHERE tenant_id = ?", tenant, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the coupons of " + tenant, e);
        }
        rows.sort(null);
        return rows;
    }

    /** The snapshot with the tenant, Li and generated ids replaced, so two stages compare equal. */
    private static List<String> normalised(DataSource database, Stage stage) {
        List<String> rows = new ArrayList<>();
        for (String row : snapshot(database, stage.tenant)) {
            String text = row.replace(stage.tenant.value(), "T").replace(stage.li.value(), "li");
            text = text.replaceAll(" (fingerprint|shard_hash)=[^ ]*", "");
            rows.add(UUID.matcher(text).replaceAll("<id>"));
        }
        rows.sort(null);
        return rows;
    }

    /** Adds each row of {@code sql} (the tenant its one parameter) to {@code rows} as {@code table column=value ...}. */
    static void read(Connection c, String table, String sql, TenantId tenant, List<String> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(' ').append(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)).append('=').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.storage());
        });
    }
}
