package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.Validity;
import org.crmkit.sales.ScheduleTask;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On one PostgreSQL shared by many tenants, each page a per-tenant sweep reads (points settlement,
 * SLA checks, coupon locks and coupons, card expiry, sales reminders) goes through the index that
 * starts with {@code (tenant_id, <due column>)} (V023), not through the due index over every
 * tenant, nor an index on the tenant alone, nor a scan of the table. The pages are recorded as the
 * sweeps of two tenants send them, with their parameters; then those two tenants and eighteen
 * others get {@value #ROWS} rows of each kind falling due one a day (a tenant's rows made through
 * crmkit, copied with SQL), so that each tenant has a few rows due among many due later and every
 * other tenant has as many due; the tables are analysed, and each page is EXPLAINed. A control drops the index, inside a transaction rolled back, and sees the
 * plan go elsewhere. (Tier assessment pages memberships by their primary key, which starts with the
 * tenant: nothing to add.) The database is one of its own on the embedded server, also under
 * {@code -Pcitus}.
 */
class PostgresTenantDueIndexesTest {

    private static final int ROWS = 300;
    private static final int OTHER_TENANTS = 18;
    private static final Instant OPENED = LocalDateTime.parse("2025-05-20T10:00").toInstant(ZoneOffset.ofHours(8));
    /** Every row made at {@link #OPENED} is due by then. */
    private static final Instant DUE = LocalDateTime.parse("2025-07-01T10:00").toInstant(ZoneOffset.ofHours(8));
    private static final MutableClock CLOCK = MutableClock.at(OPENED);
    /** The index each sweep's page should read, by the table it reads. */
    private static final Map<String, String> INDEX_OF_TABLE = Map.of("crm_points_account", "crm_points_account_tenant_due",
            "crm_case", "crm_case_tenant_due_check", "crm_coupon_lock", "crm_coupon_lock_tenant_due", "crm_coupon", "crm_coupon_tenant_ending",
            "crm_card", "crm_card_tenant_due", "crm_sales_task", "crm_sales_task_tenant_remind_due");
    /** Copied tables, parents first, with the columns that take a copy's number to stay unique. */
    private static final Map<String, List<String>> COPIED = Map.of("crm_customer", List.of("customer_id"),
            "crm_points_account", List.of("customer_id"), "crm_case", List.of("case_id", "case_number", "request_key", "customer_id"),
            "crm_coupon", List.of("coupon_id", "issue_key", "customer_id"),
            "crm_coupon_lock", List.of("order_reference", "idempotency_key", "customer_id"), "crm_card", List.of("card_id"),
            "crm_sales_task", List.of("task_id", "creation_key", "customer_id"));
    /** The due column of each table a sweep pages: copy n falls due n - 1 days after the model's row, so a tenant has a few rows due and many later. */
    private static final Map<String, String> DUE_COLUMN = Map.of("crm_points_account", "next_due_at", "crm_case", "sla_next_check_at",
            "crm_coupon", "valid_until", "crm_coupon_lock", "expires_at", "crm_card", "due_at", "crm_sales_task", "remind_due");
    private static final List<String> COPY_ORDER = List.of("crm_customer", "crm_points_account", "crm_case", "crm_coupon", "crm_coupon_lock",
            "crm_card", "crm_sales_task");

    private static HikariDataSource pool;
    private static List<Page> pages;

    /** A page statement a sweep sent, and the table it reads. */
    record Page(String table, TenantId tenant, LedgerFailingDataSource.Executed statement) {

        @Override
        public String toString() {
            return table + " of " + tenant;
        }
    }

    @BeforeAll
    static void twentyTenantsWithManyRowsFallingDueEach() throws SQLException {
        pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 4);
        LedgerFailingDataSource recorder = new LedgerFailingDataSource(pool);
        Crm crm = Crm.builder().storage(JdbcStorage.create(recorder)).clock(CLOCK).build();
        TenantId model = openModelTenant(crm);

        // the pages of two tenants' sweeps, as the sweeps send them (nothing of these tenants is stored yet)
        List<TenantId> two = List.of(Tenants.fresh(), Tenants.fresh());
        CLOCK.set(DUE);
        pages = new ArrayList<>();
        for (TenantId tenant : two) {
            recorder.count();
            crm.loyalty().settleDue(tenant, 0, 1);
            crm.complaints().checkSlas(tenant, CLOCK.instant(), 0, 1);
            crm.coupons().settleDue(tenant, 0, 1);
            crm.storedValue().expireDue(tenant, 0, 1);
            crm.sales().dueReminders(tenant, CLOCK.instant(), 0, 1);
            for (LedgerFailingDataSource.Executed e : CitusPlans.ofCrmkitTables(recorder.executed())) {
                String table = e.sql().replaceFirst("(?s).*? FROM (crm_\\w+).*", "$1");
                if (e.sql().contains("tenant_id = ?") && e.sql().contains("<= ?") && INDEX_OF_TABLE.containsKey(table)) {
                    pages.add(new Page(table, tenant, e));
                }
            }
        }

        // then their rows, and eighteen other tenants', copied from the model tenant's
        List<TenantId> tenants = new ArrayList<>(two);
        for (int i = 0; i < OTHER_TENANTS; i++) {
            tenants.add(Tenants.fresh());
        }
        try (Connection c = pool.getConnection()) {
            for (TenantId tenant : tenants) {
                copyTemplates(c, model, tenant);
                for (String table : COPY_ORDER) {
                    copy(c, table, model, tenant);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    static Stream<Arguments> pages() {
        return pages.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void each_page_of_a_tenants_sweep_reads_the_index_starting_with_the_tenant_and_the_due_column(Page page) throws SQLException {
        // when
        String plan = CitusPlans.plan(pool, page.statement());

        // then
        System.out.printf("%s: %s%n", page, plan.lines().filter(l -> l.contains(" Scan ")).map(String::strip).toList());
        assertThat(plan).as("%s%n%s", page.statement().sql(), plan).containsPattern(readThrough(INDEX_OF_TABLE.get(page.table())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void without_its_index_the_same_page_is_read_another_way(Page page) throws SQLException {
        // given: the check above must see a plan that does not use the index
        String index = INDEX_OF_TABLE.get(page.table());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX " + index);
            }

            // when
            String plan = CitusPlans.plan(c, page.statement());
            c.rollback();

            // then
            assertThat(plan).as("%s%n%s", page.statement().sql(), plan).doesNotContainPattern(readThrough(index)).doesNotContain(index);
        }
    }

    @org.junit.jupiter.api.Test
    void the_sweeps_of_both_tenants_sent_a_page_of_every_table_with_a_due_column() {
        assertThat(pages).extracting(Page::table).containsExactlyInAnyOrderElementsOf(
                Stream.concat(INDEX_OF_TABLE.keySet().stream(), INDEX_OF_TABLE.keySet().stream()).toList());
    }

    /** How a plan names a scan through {@code index}. */
    private static String readThrough(String index) {
        return "(Index Scan|Index Only Scan) using " + index + " on |Bitmap Index Scan on " + index + "\\b";
    }

    /**
     * A tenant with one due row of each kind, made through crmkit: a member whose points expire a
     * month after their grant, a complaint left open, a coupon valid for a day and one locked for
     * an order, a gift card valid for a month and a follow-up task with a reminder.
     */
    private static TenantId openModelTenant(Crm crm) {
        TenantId tenant = Tenants.fresh();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).expiry(ExpiryPolicies.rollingMonths(1)).build());
        CustomerId member = crm.customers().register(RegisterCustomer.of(tenant, "Zhang Wei", SourceChannel.APP)).id();
        crm.loyalty().grant(new GrantPoints(tenant, member, ProgrammeId.DEFAULT, "grant-1", 100, "goodwill", null, "agent-1"));
        crm.complaints().open(OpenCase.of(tenant, member, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "parcel arrived crushed"));
        crm.coupons().defineTemplate(CouponTemplate.amountOff(tenant, "day", "day", Money.of("0.00", "CNY"), Money.of("10.00", "CNY"))
                .withValidity(Validity.daysAfterIssue(1)).withPerCustomerLimit(2));
        crm.coupons().issue(new IssueCoupon(tenant, member, "day", "issue-1"));
        var locked = crm.coupons().issue(new IssueCoupon(tenant, member, "day", "issue-2"));
        crm.coupons().lock(new LockCoupons(tenant, member, "lock-1", "order-1",
                new Cart(List.of(new CartLine("tea-1", "tea", 1, Money.of("60.00", "CNY"))), Money.of("8.00", "CNY")), null,
                List.of(locked.couponId()), Duration.ofMinutes(15)));
        crm.storedValue().issue(new IssueCard(tenant, "issue-GC-1", "GC-1", null, Money.of("50.00", "CNY"), CardExpiry.monthsAfterIssue(1)));
        crm.sales().schedule(new ScheduleTask(tenant, "task-1", "call back about the quote", "liu", null, null, null, null,
                LocalDateTime.parse("2025-06-02T09:30"), 30));
        return tenant;
    }

    /** The model tenant's coupon templates, once, in {@code tenant}: the copied coupons name them. */
    private static void copyTemplates(Connection c, TenantId model, TenantId tenant) throws SQLException {
        List<String> columns = columns(c, "crm_coupon_template");
        String select = String.join(", ", columns.stream().map(col -> col.equals("tenant_id") ? "?" : col).toList());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO crm_coupon_template (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM crm_coupon_template WHERE tenant_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, model.value());
            s.executeUpdate();
        }
    }

    /**
     * {@value #ROWS} copies of each of the model tenant's rows of {@code table} in {@code tenant},
     * numbered to stay unique, copy n due n - 1 days after the model's row.
     */
    private static void copy(Connection c, String table, TenantId model, TenantId tenant) throws SQLException {
        List<String> columns = columns(c, table);
        List<String> numbered = COPIED.get(table);
        String select = String.join(", ", columns.stream()
                .map(col -> col.equals("tenant_id") ? "?" : numbered.contains(col) ? col + " || '-' || n"
                        : col.equals(DUE_COLUMN.get(table)) ? col + " + (n - 1) * INTERVAL '1 day'" : col).toList());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM " + table + " CROSS JOIN generate_series(1, ?) AS copies(n) WHERE tenant_id = ?")) {
            s.setString(1, tenant.value());
            s.setInt(2, ROWS);
            s.setString(3, model.value());
            assertThat(s.executeUpdate()).as("rows of %s copied", table).isPositive();
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }
}
