package org.crmkit.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
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
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on the sales commands ({@link FaultInjection} says how): a failure at any
 * statement or at the commit leaves the tenant's sales rows, customers and outbox exactly as before,
 * and a retry of the same command reaches the state an undisturbed run reaches (ids and the tenant
 * aside), publishes the same events and returns the same result.
 */
class SalesFailureInjectionTest {

    private static final Instant START = Instant.parse("2025-06-01T02:00:00Z");
    private static final FaultInjection<Stage> RUNS = new FaultInjection<>(List.of("crm_sales_lead", "crm_sales_opportunity",
            "crm_sales_stage_step", "crm_sales_task", "crm_sales_account", "crm_sales_account_customer", "crm_sales_invoice", "crm_customer"));

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
        return FaultInjection.onEachDatabase(Arrays.stream(Scenario.values()).map(scenario -> new FaultInjection.Operation<Stage>(
                "sales " + scenario, storage -> {
                    Stage stage = new Stage(storage);
                    scenario.given.apply(stage);
                    return stage;
                }, scenario.when, s -> s.tenant, s -> List.of(s.customer), FaultInjection::maskedIds,
                // a move and an added contact name the version they expect and carry no key
                scenario == Scenario.MOVE || scenario == Scenario.ADD_CONTACT ? FaultInjection.Replay.refusedAsStale()
                        : FaultInjection.Replay.returnsFirstResult())));
    }

    @AfterAll
    static void closePools() {
        RUNS.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_failure_at_any_statement_leaves_the_sales_rows_as_before_and_a_retry_applies_the_command_once(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_commit_whose_answer_is_lost_leaves_the_command_applied_and_a_retry_returns_its_result(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        RUNS.loseTheCommitAnswer(stack, operation);
    }
}
