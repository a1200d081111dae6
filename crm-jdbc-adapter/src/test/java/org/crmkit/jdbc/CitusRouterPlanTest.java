package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every statement of a hot-path command names one tenant, so Citus's planner routes it to the one
 * shard holding that tenant: each statement the command sent is EXPLAINed on the cluster with the
 * parameters it ran with, and each plan of a crmkit table must be a single-task (router) plan.
 * Runs only with {@code -Pcitus} (the property {@value TestDatabases#CITUS_URL}).
 */
@EnabledIfSystemProperty(named = TestDatabases.CITUS_URL, matches = ".+")
class CitusRouterPlanTest {

    private static HikariDataSource pool;
    private static LedgerFailingDataSource recorder;
    private static JdbcStorage storage;

    @BeforeAll
    static void connect() {
        pool = TestDatabases.pool(System.getProperty(TestDatabases.CITUS_URL), 4);
        recorder = new LedgerFailingDataSource(pool);
        storage = JdbcStorage.create(recorder);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @ParameterizedTest
    @EnumSource(LedgerFaultScenario.class)
    void every_statement_of_a_ledger_command_routes_to_one_shard(LedgerFaultScenario scenario) throws SQLException {
        LedgerFaultScenario.Stage stage = new LedgerFaultScenario.Stage(storage, Tenants.fresh());
        assertRoutedToOneShard(scenario.name(), () -> scenario.given(stage), () -> scenario.when(stage));
    }

    @ParameterizedTest
    @EnumSource(CardFaultScenario.class)
    void every_statement_of_a_stored_value_card_command_routes_to_one_shard(CardFaultScenario scenario) throws SQLException {
        CardFaultScenario.Stage stage = new CardFaultScenario.Stage(storage, Tenants.fresh());
        assertRoutedToOneShard("card " + scenario.name(), () -> scenario.given(stage), () -> scenario.when(stage));
    }

    @ParameterizedTest
    @EnumSource(MallFaultScenario.class)
    void every_statement_of_a_points_mall_command_routes_to_one_shard(MallFaultScenario scenario) throws SQLException {
        MallFaultScenario.Stage stage = new MallFaultScenario.Stage(storage);
        assertRoutedToOneShard("mall " + scenario.name(), () -> scenario.given(stage), () -> scenario.when(stage));
    }

    /** Runs {@code given}, then records {@code when}'s statements and checks each one's plan. */
    private static void assertRoutedToOneShard(String command, Runnable given, Runnable when) throws SQLException {
        // given
        given.run();
        recorder.count();

        // when
        when.run();

        // then
        assertEveryPlanRoutesToOneShard(command, recorder.executed());
    }

    @Test
    void every_statement_of_a_purchase_through_the_one_door_routes_to_one_shard() throws SQLException {
        // given
        Member li = Member.registered("Li Lei");
        recorder.count();

        // when
        li.buy("o-1", "300.00");

        // then
        assertEveryPlanRoutesToOneShard("purchase", recorder.executed());
    }

    @Test
    void a_balance_read_is_one_or_two_router_statements() throws SQLException {
        // given
        Member han = Member.registered("Han Mei");
        han.buy("o-1", "80.00");
        recorder.count();

        // when
        han.crm().loyalty().balance(han.tenant(), han.customer(), ProgrammeId.DEFAULT);

        // then: the account row, and the programme when the short-lived cache of programmes has let it go
        assertThat(assertEveryPlanRoutesToOneShard("balance", recorder.executed())).isBetween(1, 2);
    }

    @Test
    void the_purchase_days_aggregate_of_a_scoring_run_runs_whole_on_the_worker_holding_the_tenant() throws SQLException {
        // given
        Member li = Member.registered("Li Lei");
        li.buy("o-1", "300.00");
        li.buy("o-2", "20.00");
        recorder.count();

        // when
        li.crm().value().score(ScoreCustomers.of(li.tenant()));

        // then: one task, and the grouping by purchase day and by customer in the worker's plan, below the task
        List<LedgerFailingDataSource.Executed> aggregates = split(recorder.executed()).stream()
                .filter(e -> e.sql().contains("MIN(purchase_day)")).toList();
        assertThat(aggregates).isNotEmpty();
        for (LedgerFailingDataSource.Executed aggregate : aggregates) {
            String plan = plan(aggregate);
            assertThat(plan).as(plan).contains("Custom Scan (Citus").doesNotContain("Distributed Subplan").contains("->  Task");
            assertThat(tasks(plan)).as(plan).containsExactly(1);
            String onTheWorker = plan.substring(plan.indexOf("->  Task"));
            assertThat(onTheWorker).as(plan).contains("WindowAgg").containsPattern("(Group|Hash)Aggregate");
            System.out.println("Citus plan of the purchase-days aggregate:\n" + plan);
        }
        assertEveryPlanRoutesToOneShard("scoring", recorder.executed());
    }

    /** A member of a fresh tenant with the default programme. */
    private record Member(Crm crm, TenantId tenant, CustomerId customer) {

        static Member registered(String name) {
            Crm crm = Crm.builder().storage(storage).build();
            TenantId tenant = Tenants.fresh();
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
            return new Member(crm, tenant, crm.customers().register(RegisterCustomer.of(tenant, name, SourceChannel.APP)).id());
        }

        void buy(String order, String amount) {
            crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, order, Money.of(amount, "CNY")).inProgramme(ProgrammeId.DEFAULT));
        }
    }

    @Test
    void a_statement_that_spans_tenants_is_seen_fanning_out() throws SQLException {
        // given: the check itself must be able to fail
        List<LedgerFailingDataSource.Executed> everyTenant =
                List.of(new LedgerFailingDataSource.Executed("SELECT COUNT(*) FROM crm_points_account", Map.of()));

        // when
        String plan = plan(everyTenant.get(0));

        // then
        assertThat(tasks(plan)).as(plan).isNotEmpty().allMatch(n -> n > 1);
    }

    /** EXPLAINs each crmkit statement and returns how many there were. */
    private static int assertEveryPlanRoutesToOneShard(String command, List<LedgerFailingDataSource.Executed> executed) throws SQLException {
        int planned = 0;
        for (LedgerFailingDataSource.Executed statement : CitusPlans.ofCrmkitTables(executed)) {
            String sql = statement.sql().strip();
            String plan = plan(statement);
            assertThat(plan).as("%s: %s%n%s", command, sql, plan).contains("Custom Scan (Citus").doesNotContain("Distributed Subplan");
            assertThat(tasks(plan)).as("%s: %s%n%s", command, sql, plan).isNotEmpty().allMatch(n -> n == 1);
            planned++;
        }
        assertThat(planned).as("%s sent crmkit statements", command).isPositive();
        System.out.println("Citus router plans: " + command + " sent " + planned + " statements, each one task on one shard");
        return planned;
    }

    private static List<Integer> tasks(String plan) {
        return CitusPlans.tasks(plan);
    }

    private static List<LedgerFailingDataSource.Executed> split(List<LedgerFailingDataSource.Executed> executed) {
        return CitusPlans.split(executed);
    }

    private static String plan(LedgerFailingDataSource.Executed statement) throws SQLException {
        return CitusPlans.plan(pool, statement);
    }
}
