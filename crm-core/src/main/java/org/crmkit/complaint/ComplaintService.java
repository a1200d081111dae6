package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.spi.Notifier;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Limits;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.Shards;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The complaint context's public API (投诉与售后): open cases from any channel, move them through
 * the workflow, resolve them (with goodwill points), take satisfaction and opinion surveys, watch
 * SLA clocks with {@link #checkSlas}, and query queues and reports.
 *
 * <p>Every change runs in one unit of work with its audit entries and events; writes are
 * optimistic on the case's version and retried a few times when they lose a race, re-checking
 * the workflow against the winner's result. Escalation notices go to the {@link Notifier} after
 * commit. Thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintService {

    private final CaseContext ctx;
    private final SlaChecker checker;

    /**
     * Wires the service; {@code Crm.builder()} does this for you.
     *
     * @param zone the zone of tenants that have no {@link CasePolicy}
     */
    public ComplaintService(CasePorts ports, CaseExtensions extensions, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone) {
        this.ctx = new CaseContext(checkNotNull(ports, "ports"), checkNotNull(extensions, "extensions"),
                checkNotNull(transactions, "transactions"), checkNotNull(events, "events"), checkNotNull(validator, "validator"),
                checkNotNull(clock, "clock"), checkNotNull(ids, "ids"), checkNotNull(zone, "zone"));
        this.checker = new SlaChecker(ctx);
    }

    /**
     * Stores or replaces a tenant's policy; open cases keep the targets they opened with.
     *
     * @throws org.crmkit.shared.ValidationException if a text in it is NUL or holds an unpaired
     *     surrogate (no store keeps those alike), naming the field; nothing is stored
     */
    public void definePolicy(CasePolicy policy) {
        ServiceCalls.run(() -> {
            checkNotNull(policy, "policy");
            ctx.validator.check(policy);
            ctx.transactions.run(() -> ctx.policies.save(policy));
        });
    }

    /** The tenant's policy, or {@link CasePolicy#defaults} in the instance's zone. */
    public CasePolicy policy(TenantId tenantId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            return ctx.transactions.inTransaction(() -> ctx.policy(tenantId));
        });
    }

    /**
     * Opens a case: numbered, routed, with SLA targets for its type, priority and the customer's
     * tier; escalated at once if the rules say so (a P1 complaint, a repeat complainant). With a
     * request key, opening again returns the first case.
     *
     * @throws ValidationException for a bad command, or a request key used for another customer
     * @throws NotFoundException for an unknown customer in the tenant, or a linked order that is
     *     not a purchase of the customer recorded with {@code crm.commerce().recordPurchase}
     */
    public Case open(OpenCase command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return ctx.write(w -> CaseOpening.open(w, command));
        });
    }

    /**
     * Moves a case to another status; see {@link CaseStatus} for the workflow.
     *
     * @throws IllegalCaseTransitionException naming the legal statuses
     * @throws ReopenWindowClosedException for a reopen after the tenant's window
     * @throws StaleVersionException if the command's expected version is not current
     * @throws NotFoundException for an unknown case in the tenant
     */
    public Case move(MoveCase command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return ctx.write(ctx.now(), command.expectedVersion() == null, w -> {
                Case c = ctx.load(command.tenantId(), command.caseId());
                if (command.expectedVersion() != null && c.version() != command.expectedVersion()) {
                    throw new StaleVersionException("case", c.number(), command.expectedVersion());
                }
                CasePolicy policy = ctx.policy(command.tenantId());
                return w.save(c, Workflow.move(w, c, policy, command.to(), command.actor(), command.note()), policy);
            });
        });
    }

    /**
     * Records an agent's answer to the customer; the first meets the first-response target.
     *
     * @throws CaseNotOpenException if the case is resolved, closed or cancelled
     */
    public Case respond(RecordResponse command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return change(command.tenantId(), command.caseId(), (w, c, p) -> Workflow.respond(w, c, command.actor(), command.note()));
        });
    }

    /**
     * Hands an open case to a team or agent.
     *
     * @throws CaseNotOpenException if the case is resolved, closed or cancelled
     */
    public Case assign(AssignCase command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return change(command.tenantId(), command.caseId(), (w, c, p) -> Workflow.assign(w, c, new Assignee(command.team(),
                    command.agent()), command.actor(), command.note()));
        });
    }

    /**
     * Escalates an open case by hand: raises its level, optionally hands it to a team, notifies.
     *
     * @throws ValidationException if it would neither raise the level nor reassign
     * @throws CaseNotOpenException if the case is resolved, closed or cancelled
     */
    public Case escalate(EscalateCase command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return change(command.tenantId(), command.caseId(), (w, c, p) -> Escalations.byHand(w, c, command));
        });
    }

    /**
     * Resolves a case with an outcome and optional goodwill points, granted through the loyalty
     * ledger in the same unit of work: a failed grant leaves the case unresolved. Replaying the same
     * resolution returns the case and grants nothing more.
     *
     * @throws IllegalCaseTransitionException if the case is not in progress or waiting on the customer
     * @throws NotFoundException for an unknown programme when granting points
     */
    public Case resolve(ResolveCase command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return change(command.tenantId(), command.caseId(), (w, c, p) -> Resolutions.resolve(w, c, command));
        });
    }

    /**
     * Records the customer's rating of a resolved case; a score at or below the tenant's reopen
     * threshold reopens it within the reopen window.
     *
     * @throws SurveyRefusedException before resolution, or for a second, different rating of one resolution
     */
    public Case recordSatisfaction(RecordSatisfaction command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return change(command.tenantId(), command.caseId(), (w, c, p) -> Satisfactions.record(w, c, p, command));
        });
    }

    /**
     * Records a customer's opinion survey answer (NPS). Recording its key again returns the first answer.
     *
     * @throws NotFoundException for an unknown customer in the tenant
     */
    public NpsResponse recordNps(RecordNps command) {
        return ServiceCalls.call(() -> {
            ctx.validator.check(command);
            return ctx.write(w -> OpinionSurveys.record(w, command));
        });
    }

    /** The customer's opinion survey answers, newest first. */
    public List<NpsResponse> npsOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() ->
                ctx.transactions.inTransaction(() -> ctx.surveys.npsOf(checkNotNull(tenantId), checkNotNull(customerId))));
    }

    /** The case, if it exists in the tenant. */
    public Optional<Case> find(TenantId tenantId, CaseId caseId) {
        return ServiceCalls.call(() -> ctx.transactions.inTransaction(() -> ctx.cases.find(checkNotNull(tenantId), checkNotNull(caseId))));
    }

    /** The case with this number, if it exists in the tenant. */
    public Optional<Case> findByNumber(TenantId tenantId, String number) {
        return ServiceCalls.call(() -> {
            TextRules.checkStorable("findByNumber", "number", checkNotNull(number));
            return ctx.transactions.inTransaction(() -> ctx.cases.findByNumber(checkNotNull(tenantId), number));
        });
    }

    /**
     * The case's audit trail, oldest first.
     *
     * @throws NotFoundException for an unknown case in the tenant
     */
    public List<CaseAuditEntry> audit(TenantId tenantId, CaseId caseId) {
        return ServiceCalls.call(() -> {
            return ctx.transactions.inTransaction(() -> {
                ctx.load(tenantId, caseId);
                return ctx.cases.audit(tenantId, caseId);
            });
        });
    }

    /**
     * The case's SLA targets now: elapsed business time, remaining time, due instants, breach state.
     *
     * @throws NotFoundException for an unknown case in the tenant
     */
    public CaseSlaStatus sla(TenantId tenantId, CaseId caseId) {
        return ServiceCalls.call(() -> {
            Instant now = ctx.now();
            return ctx.transactions.inTransaction(() -> SlaCalculator.status(ctx.load(tenantId, caseId), ctx.policy(tenantId), now));
        });
    }

    /** The customer's cases, newest first. */
    public Page<Case> casesOf(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return ServiceCalls.call(() ->
                ctx.transactions.inTransaction(() -> ctx.cases.ofCustomer(checkNotNull(tenantId), checkNotNull(customerId),
                checkNotNull(request))));
    }

    /** A team's open cases, soonest SLA due first; cases whose clocks stand still come last. */
    public Page<Case> teamQueue(TenantId tenantId, String team, PageRequest request) {
        return ServiceCalls.call(() -> {
            TextRules.checkStorable("teamQueue", "team", checkNotNull(team));
            return ctx.transactions.inTransaction(() -> ctx.cases.teamQueue(checkNotNull(tenantId), team, checkNotNull(request)));
        });
    }

    /** An agent's open cases, soonest SLA due first. */
    public Page<Case> agentQueue(TenantId tenantId, String agent, PageRequest request) {
        return ServiceCalls.call(() -> {
            TextRules.checkStorable("agentQueue", "agent", checkNotNull(agent));
            return ctx.transactions.inTransaction(() -> ctx.cases.agentQueue(checkNotNull(tenantId), agent, checkNotNull(request)));
        });
    }

    /** Open cases at risk or breached (as of their last change or SLA check), soonest due first. */
    public Page<Case> atRiskOrBreached(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() ->
                ctx.transactions.inTransaction(() -> ctx.cases.atRiskOrBreached(checkNotNull(tenantId), checkNotNull(request))));
    }

    /**
     * Figures for the cases opened in {@code [from, to)} and the opinion surveys of that period.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public CaseReport report(TenantId tenantId, Instant from, Instant to) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            Limits.checkInstant("report", "from", checkNotNull(from, "from"));
            Limits.checkInstant("report", "to", checkNotNull(to, "to"));
            checkArgument(!to.isBefore(from), "the period must not end (%s) before it starts (%s)", to, from);
            return CaseReports.report(ctx, tenantId, from, to, ctx.now());
        });
    }

    /**
     * Checks the SLA clocks of every tenant's due cases in shard {@code shard} of {@code shards}:
     * reports each at-risk and breach point once, in that order, and escalates per the rules. No
     * scheduler inside: call it from any (e.g. every minute, on each of {@code shards} instances).
     * Idempotent: a re-run, or a racing run of the same shard, reports nothing twice.
     *
     * @param now the instant to check at, usually the clock's
     * @throws IllegalArgumentException unless {@code 0 <= shard < shards}
     */
    public SlaCheckReport checkSlas(Instant now, int shard, int shards) {
        return ServiceCalls.call(() -> check(null, now, shard, shards));
    }

    /**
     * Checks, as {@link #checkSlas(Instant, int, int)} does, the due cases of one tenant only: every
     * page it reads names the tenant, so on a store distributed by tenant (Citus) it reads the one
     * node holding that tenant. Hosts that split jobs by tenant ({@link
     * org.crmkit.shared.TenantSharding}) call it with shard 0 of 1 for each tenant of their job shard.
     *
     * @param now the instant to check at, usually the clock's
     * @throws NullPointerException if {@code tenantId} is null (the form without a tenant checks
     *     every tenant), before anything is read
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     * @since 0.2
     */
    public SlaCheckReport checkSlas(TenantId tenantId, Instant now, int shard, int shards) {
        return ServiceCalls.call(() -> check(checkNotNull(tenantId, "tenantId"), now, shard, shards));
    }

    private SlaCheckReport check(@Nullable TenantId tenantId, Instant now, int shard, int shards) {
        Limits.checkInstant("checkSlas", "now", checkNotNull(now, "now"));
        Shards.check(shard, shards);
        return checker.run(tenantId, now.truncatedTo(ChronoUnit.MICROS), shard, shards);
    }

    /** One change of one case, retried on a lost race. */
    private Case change(TenantId tenantId, CaseId caseId, CaseChange change) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(caseId, "caseId");
        return ctx.write(w -> {
            Case c = ctx.load(tenantId, caseId);
            CasePolicy policy = ctx.policy(tenantId);
            return w.save(c, change.apply(w, c, policy), policy);
        });
    }

    @FunctionalInterface
    private interface CaseChange {
        Case apply(CaseWork w, Case c, CasePolicy policy);
    }
}
