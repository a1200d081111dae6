package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.customer.SourceChannel;
import org.crmkit.sales.AddContact;
import org.crmkit.sales.BusinessAccount;
import org.crmkit.sales.CaptureLead;
import org.crmkit.sales.ConvertLead;
import org.crmkit.sales.Lead;
import org.crmkit.sales.MoveOpportunity;
import org.crmkit.sales.OpenAccount;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.QualifyLead;
import org.crmkit.sales.RecordInvoice;
import org.crmkit.sales.ScheduleTask;
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
 * Failure injection on the sales commands: the Nth statement (N = 1, 2, ... through every call) of
 * each fails. After each failure the tenant's sales rows, customers and outbox must be exactly as
 * before, and a retry of the same command must reach the state an undisturbed run reaches (ids and
 * the tenant aside) and publish the same events.
 */
class SalesFailureInjectionTest {

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<Dialect, Database> DATABASES = new EnumMap<>(Dialect.class);
    private static final Instant START = Instant.parse("2025-06-01T02:00:00Z");
    private static final List<String> TABLES = List.of("crm_sales_lead", "crm_sales_opportunity", "crm_sales_stage_step", "crm_sales_task",
            "crm_sales_account", "crm_sales_account_customer", "crm_sales_invoice", "crm_customer");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** A command's fingerprint digests its tenant and ids too. */
    private static final String FINGERPRINT = "[0-9a-f]{64}";

    /** What each scenario does: the setup, then the call under test. */
    enum Scenario {
        CAPTURE(s -> null, s -> s.crm.sales().capture(s.capture())),
        QUALIFY(s -> s.crm.sales().capture(s.capture()), s -> s.crm.sales().qualify(new QualifyLead(s.tenant, "q-1", s.lead().leadId(), 1,
                "tea for the office", Money.of("800.00", "CNY"), 30, "send a quote", LocalDate.of(2025, 6, 10)))),
        CONVERT(s -> s.crm.sales().capture(s.capture()), s -> s.crm.sales().convert(new ConvertLead(s.tenant, "conv-1", s.lead().leadId(), 1,
                null, SourceChannel.CAMPAIGN))),
        MOVE(s -> s.crm.sales().qualify(new QualifyLead(s.tenant, "q-1", s.crm.sales().capture(s.capture()).leadId(), 1, "tea",
                Money.of("800.00", "CNY"), 30, null, null)), s -> s.crm.sales().move(new MoveOpportunity(s.tenant, s.opportunity().opportunityId(),
                1, "PROPOSAL", null))),
        SCHEDULE(s -> s.crm.sales().capture(s.capture()), s -> s.crm.sales().schedule(new ScheduleTask(s.tenant, "t-1", "call back", "liu",
                s.lead().leadId(), null, null, s.customer, LocalDateTime.of(2025, 6, 2, 9, 30), 30))),
        ADD_CONTACT(s -> s.crm.sales().openAccount(s.account()), s -> s.crm.sales().addContact(new AddContact(s.tenant,
                s.openedAccount().accountId(), 1, s.customer, "Li Lei", "buyer", "+86 571 1111", "li@tea.example"))),
        RECORD_INVOICE(s -> s.crm.sales().openAccount(s.account()), s -> s.crm.sales().recordInvoice(new RecordInvoice(s.tenant,
                s.openedAccount().accountId(), "INV-1", Money.of("1200.00", "CNY"), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), null)));

        final Function<Stage, Object> given;
        final Function<Stage, Object> when;

        Scenario(Function<Stage, Object> given, Function<Stage, Object> when) {
            this.given = given;
            this.when = when;
        }
    }

    static final class Stage {
        final TenantId tenant = Tenants.fresh();
        final Crm crm;
        final CustomerId customer;

        Stage(JdbcStorage storage) {
            crm = Crm.builder().storage(storage).clock(MutableClock.at(START)).build();
            customer = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Li Lei").build()).id();
        }

        CaptureLead capture() {
            return new CaptureLead(tenant, "lead-1", "Wang Fang", "+86 139 0000 0000", "trade-fair", List.of("green tea"), "liu", "first call");
        }

        Lead lead() {
            return crm.sales().capture(capture());
        }

        Opportunity opportunity() {
            return crm.sales().opportunities(tenant, org.crmkit.shared.PageRequest.first(1)).items().get(0);
        }

        OpenAccount account() {
            return new OpenAccount(tenant, "acc-1", "Hangzhou Tea Co.", "liu", Currency.getInstance("CNY"));
        }

        BusinessAccount openedAccount() {
            return crm.sales().openAccount(account());
        }
    }

    static Stream<Arguments> scenariosOnEachDatabase() {
        List<Arguments> cases = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            for (Scenario scenario : Scenario.values()) {
                cases.add(Arguments.of(dialect, scenario));
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
    void a_failure_at_any_statement_leaves_the_sales_rows_as_before_and_a_retry_applies_the_command_once(Dialect dialect,
            Scenario scenario) {
        // given: an undisturbed run after a first one that pays the storage's one-time statements
        Database db = database(dialect);
        scenario.when.apply(stage(db, scenario));
        Stage control = stage(db, scenario);
        db.failing().count();
        scenario.when.apply(control);
        int calls = db.failing().calls();
        List<String> applied = normalised(db, control);
        assertThat(calls).as("calls of an undisturbed %s", scenario).isGreaterThan(1);

        for (int n = 1; n <= calls; n++) {
            Stage stage = stage(db, scenario);
            List<String> before = snapshot(db, stage.tenant);

            // when
            db.failing().failBefore(n);
            Throwable failure = catchThrowable(() -> scenario.when.apply(stage));
            db.failing().count();

            // then
            String at = scenario + " failing before call " + n + " of " + calls;
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            assertThat(snapshot(db, stage.tenant)).as("untouched after " + at).isEqualTo(before);
            scenario.when.apply(stage);
            assertThat(normalised(db, stage)).as("state after the retry after " + at).isEqualTo(applied);
        }
        System.out.println("failure injection on " + dialect + ": sales " + scenario + " failed at each of its " + calls + " calls");
    }

    private static Stage stage(Database db, Scenario scenario) {
        db.failing().count();
        Stage stage = new Stage(db.storage());
        scenario.given.apply(stage);
        return stage;
    }

    /** The tenant's sales and customer rows and its outbox events, exactly as stored. */
    private static List<String> snapshot(Database db, TenantId tenant) {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            // a task's shard hash digests its tenant, so it is left out where two tenants are compared
            String columns = table.equals("crm_sales_task") ? "tenant_id, task_id, creation_key, customer_id, remind_due, version, doc" : "*";
            rows.addAll(rows(db, "SELECT " + columns + " FROM " + table + " WHERE tenant_id = ?", tenant, table));
        }
        rows.addAll(rows(db, "SELECT event_id, event_type, aggregate_id, payload FROM crm_outbox WHERE tenant_id = ?", tenant, "crm_outbox"));
        return rows;
    }

    /** The snapshot with generated ids, fingerprints and the tenant replaced, so two tenants' equal histories compare equal. */
    private static List<String> normalised(Database db, Stage stage) {
        return snapshot(db, stage.tenant).stream().map(row -> row.replace(stage.tenant.value(), "<tenant>").replaceAll(UUID, "<id>")
                .replaceAll(FINGERPRINT, "<fingerprint>"))
                .sorted().toList();
    }

    private static List<String> rows(Database db, String sql, TenantId tenant, String table) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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

    private static synchronized Database database(Dialect dialect) {
        return DATABASES.computeIfAbsent(dialect, d -> {
            String url = TestDatabases.freshUrl(d);
            HikariDataSource pool = TestDatabases.pool(url, 4);
            JdbcStorage.create(pool);
            LedgerFailingDataSource failing = new LedgerFailingDataSource(pool);
            return new Database(pool, failing, JdbcStorage.withoutMigrating(failing, d));
        });
    }
}
