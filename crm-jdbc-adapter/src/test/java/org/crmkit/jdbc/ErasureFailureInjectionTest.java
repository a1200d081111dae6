package org.crmkit.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalateCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection on {@code privacy().erase} ({@link FaultInjection} says how), the one unit of
 * work that writes in every context: the customer's profile and contacts, interactions, cases and
 * the points ledger's adjustment reasons, and events still in the outbox (an escalation's and an
 * adjustment's free text, redacted in place, which writes the outbox mid-unit and locks the tenant's
 * outbox head there), then {@code CustomerErased}. A failure at any statement or commit leaves the
 * tenant's rows and outbox as before; a retry erases exactly as an undisturbed run does, and erasing
 * again changes nothing.
 */
class ErasureFailureInjectionTest {

    private static final Instant START = Instant.parse("2025-03-03T02:00:00Z");
    private static final FaultInjection<Stage> ERASURES = new FaultInjection<>(List.of("crm_customer", "crm_customer_contact",
            "crm_interaction", "crm_case", "crm_points_entry", "crm_timeline"));

    /** A customer with a purchase, an adjustment with a reason and an escalated complaint, their events not yet drained. */
    static final class Stage {
        final TenantId tenant = Tenants.fresh();
        final MutableClock clock = MutableClock.at(START);
        final Crm crm;
        final CustomerId customer;

        Stage(JdbcStorage storage) {
            crm = Crm.builder().storage(storage).clock(clock).build();
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
            customer = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Li Lei").build()).id();
            crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, "o-1", Money.of("120.00", "CNY")).inProgramme(ProgrammeId.DEFAULT));
            crm.loyalty().adjust(new AdjustPoints(tenant, customer, ProgrammeId.DEFAULT, "adj-1", 50, "Li Lei phoned about the late parcel",
                    "agent-wu"));
            Case opened = crm.complaints().open(OpenCase.of(tenant, customer, CaseType.COMPLAINT, "delivery", CaseChannel.APP,
                    "Li Lei's parcel arrived crushed"));
            crm.complaints().escalate(new EscalateCase(tenant, opened.id(), 1, "escalations", "Li Lei called twice", "lead-li"));
        }
    }

    static Stream<Arguments> erasureOnEachDatabase() {
        return FaultInjection.onEachDatabase(Stream.of(new FaultInjection.Operation<Stage>("erasure", Stage::new, s -> {
            s.crm.privacy().erase(s.tenant, s.customer);
            return "erased";
        }, s -> s.tenant, s -> List.of(s.customer), result -> result)));
    }

    @AfterAll
    static void closePools() {
        ERASURES.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("erasureOnEachDatabase")
    void a_failure_at_any_statement_of_an_erasure_leaves_every_context_and_the_outbox_as_before_and_a_retry_erases_once(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        ERASURES.failAtEveryCall(stack, operation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("erasureOnEachDatabase")
    void an_erasure_whose_commit_answer_is_lost_stays_applied_and_erasing_again_changes_nothing(FailureStack stack,
            FaultInjection.Operation<Stage> operation) {
        ERASURES.loseTheCommitAnswer(stack, operation);
    }
}
