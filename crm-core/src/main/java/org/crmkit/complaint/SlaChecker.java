package org.crmkit.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.complaint.spi.CaseNotice;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the cases whose next SLA check is due and checks them a page of {@value #PAGE} at a time,
 * each page in one unit of work: one read of the due cases, the checks worked out in memory, one
 * batched update of the cases that changed (each still at the version it was read at; a case
 * another writer changed meanwhile is not overwritten), one read of their audit sequences, one
 * batched insert of their audit lines, and their events written with the unit. Newly reached
 * at-risk and breach points are reported once (they are flagged on the case), and cases escalate
 * as the rules say.
 *
 * <p>A case whose check fails, or that another writer changed meanwhile, is checked again on its
 * own after the page, re-read and retried on conflict; a page whose unit fails is rolled back and
 * all its cases are checked that way. A case that still fails is logged and counted, stays due for
 * the next run, and the run goes on.
 */
final class SlaChecker {

    /** Who acts in the audit trail. */
    static final String ACTOR = "system:sla";

    private static final Logger log = LoggerFactory.getLogger(SlaChecker.class);
    /** Cases per page and unit of work: few round trips and commits, a heap that stays flat at any size. */
    static final int PAGE = 500;
    private static final SlaCheckReport NOTHING = new SlaCheckReport(0, 0, 0, 0, 0);

    private final CaseContext ctx;

    SlaChecker(CaseContext ctx) {
        this.ctx = ctx;
    }

    SlaCheckReport run(@Nullable TenantId tenantId, Instant now, int shard, int shards) {
        Map<TenantId, CasePolicy> policies = new ConcurrentHashMap<>(); // read once per tenant and run
        SlaCheckReport report = NOTHING;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Case> page = ctx.transactions.inTransaction(() -> ctx.cases.dueForCheck(tenantId, now, shard, shards, current));
            if (!page.items().isEmpty()) {
                report = report.plus(checkPage(page.items(), now, policies));
            }
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), PAGE);
        }
        if (report.examined() > 0) {
            log.info("SLA check of {} at {}, shard {}/{}: {}", tenantId == null ? "all tenants" : tenantId, now, shard, shards, report);
        } else {
            log.debug("SLA check of {} at {}, shard {}/{}: nothing due", tenantId == null ? "all tenants" : tenantId, now, shard, shards);
        }
        return report;
    }

    /** Checks a page of due cases in one unit of work, then on their own those it could not store. */
    private SlaCheckReport checkPage(List<Case> due, Instant now, Map<TenantId, CasePolicy> policies) {
        PageDone done;
        try {
            done = ctx.transactions.inTransaction(() -> storePage(due, now, policies));
        } catch (RuntimeException e) {
            if (ctx.transactions.inUnitOfWork()) {
                throw e; // the caller's unit holds the page's writes and nothing rolled back: building on them would half-check cases
            }
            log.debug("SLA check of a page of {} cases rolled back ({}); checking them one by one", due.size(), e.toString());
            return oneByOne(due, now, policies);
        }
        ctx.notices.send(done.notices());
        return done.report().plus(oneByOne(done.again(), now, policies));
    }

    private PageDone storePage(List<Case> due, Instant now, Map<TenantId, CasePolicy> policies) {
        List<Checked> checked = new ArrayList<>(due.size());
        List<Case> again = new ArrayList<>();
        for (Case loaded : due) {
            CaseWork w = CaseWork.held(ctx, now);
            try {
                CasePolicy policy = policies.computeIfAbsent(loaded.tenantId(), ctx::policy);
                Outcome outcome = check(w, loaded, policy);
                checked.add(new Checked(loaded, w.toStore(loaded, outcome.current(), policy), w, outcome.report()));
            } catch (RuntimeException e) {
                log.debug("SLA check of case {} in tenant {} failed in its page ({}); checking it on its own", loaded.number(),
                        loaded.tenantId(), e.toString());
                again.add(loaded);
            }
        }
        List<Case> changed = checked.stream().map(Checked::stored).filter(Objects::nonNull).toList();
        Set<CaseKey> lost = new HashSet<>();
        ctx.cases.updateUnlessChanged(changed).forEach(c -> lost.add(CaseKey.of(c)));
        List<Checked> won = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            if (lost.contains(CaseKey.of(c.loaded()))) {
                again.add(c.loaded()); // changed by another writer since the page was read: re-read on its own
            } else {
                won.add(c);
            }
        }
        // numbered after the case's stored trail, read once the update holds the case's row
        Map<TenantId, List<CaseId>> audited = new LinkedHashMap<>();
        won.stream().filter(Checked::audited).forEach(c -> audited.computeIfAbsent(c.loaded().tenantId(), t -> new ArrayList<>())
                .add(c.loaded().id()));
        Map<CaseKey, Long> last = new HashMap<>();
        audited.forEach((tenant, ids) -> ctx.cases.lastAuditSequences(tenant, ids).forEach((id, seq) -> last.put(new CaseKey(tenant, id), seq)));
        List<CaseAuditEntry> audit = new ArrayList<>();
        List<CaseNotice> notices = new ArrayList<>();
        SlaCheckReport report = NOTHING;
        for (Checked c : won) {
            if (c.audited()) {
                audit.addAll(c.work().auditAfter(last.getOrDefault(CaseKey.of(c.loaded()), 0L)));
            }
            notices.addAll(c.work().notices());
            report = report.plus(c.report());
        }
        ctx.cases.appendAudits(audit);
        won.forEach(c -> c.work().publishHeld()); // last, once every write of the page has been made
        return new PageDone(report, again, notices);
    }

    /** Checks each case in a unit of its own, re-reading it and retrying on conflict; one that fails is logged and counted. */
    private SlaCheckReport oneByOne(List<Case> cases, Instant now, Map<TenantId, CasePolicy> policies) {
        SlaCheckReport done = NOTHING;
        for (Case due : cases) {
            try {
                done = done.plus(ctx.write(now, true, w -> checkOne(w, due.tenantId(), due.id(), policies)));
            } catch (RuntimeException e) {
                log.warn("SLA check of case {} in tenant {} failed; it stays due for the next run", due.number(), due.tenantId(), e);
                done = done.plus(new SlaCheckReport(1, 0, 0, 0, 1));
            }
        }
        return done;
    }

    private SlaCheckReport checkOne(CaseWork w, TenantId tenantId, CaseId caseId, Map<TenantId, CasePolicy> policies) {
        Optional<Case> found = ctx.cases.find(tenantId, caseId);
        if (found.isEmpty() || found.get().sla().nextCheckAt() == null || found.get().sla().nextCheckAt().isAfter(w.now)) {
            return NOTHING; // checked by someone else meanwhile
        }
        CasePolicy policy = policies.computeIfAbsent(tenantId, ctx::policy);
        Outcome outcome = check(w, found.get(), policy);
        w.save(found.get(), outcome.current(), policy);
        return outcome.report();
    }

    /** Reports and escalates the points the case reached since its last check; returns the case as it should be stored. */
    private Outcome check(CaseWork w, Case loaded, CasePolicy policy) {
        TenantId tenantId = loaded.tenantId();
        CaseId caseId = loaded.id();
        Case current = loaded;
        long atRisk = 0;
        long breached = 0;
        boolean escalated = false;
        for (SlaCalculator.Crossing crossing : SlaCalculator.crossings(loaded, policy, w.now)) {
            boolean breach = crossing.kind() == SlaState.BREACHED;
            current = flagged(current, crossing.metric(), breach);
            w.audit(current, breach ? CaseAction.SLA_BREACHED : CaseAction.SLA_AT_RISK, current.status(), ACTOR,
                    crossing.metric() + (crossing.dueAt() == null ? "" : " due " + crossing.dueAt()));
            w.publish(breach
                    ? new SlaBreached(w.ctx.ids.next(), w.now, tenantId, caseId, loaded.number(), crossing.metric(), crossing.dueAt())
                    : new SlaAtRisk(w.ctx.ids.next(), w.now, tenantId, caseId, loaded.number(), crossing.metric(), crossing.dueAt()));
            Case after = ctx.escalations.escalate(w, current, policy,
                    breach ? EscalationTrigger.SLA_BREACHED : EscalationTrigger.SLA_AT_RISK, crossing.metric(), ACTOR);
            escalated |= after != current;
            current = after;
            atRisk += breach ? 0 : 1;
            breached += breach ? 1 : 0;
        }
        return new Outcome(current, new SlaCheckReport(1, atRisk, breached, escalated ? 1 : 0, 0));
    }

    private static Case flagged(Case c, SlaMetric metric, boolean breach) {
        Set<SlaMetric> atRisk = c.sla().atRisk().isEmpty() ? EnumSet.noneOf(SlaMetric.class) : EnumSet.copyOf(c.sla().atRisk());
        Set<SlaMetric> breached = c.sla().breached().isEmpty() ? EnumSet.noneOf(SlaMetric.class) : EnumSet.copyOf(c.sla().breached());
        (breach ? breached : atRisk).add(metric);
        Case.Edit e = c.edit();
        e.sla = c.sla().flagged(atRisk, breached);
        return e.done();
    }

    /** A case as the check left it, and what the check reported. */
    private record Outcome(Case current, SlaCheckReport report) {}

    /** A case of a page, checked: as read, as to store (null if unchanged), its unit and report. */
    private record Checked(Case loaded, @Nullable Case stored, CaseWork work, SlaCheckReport report) {
        boolean audited() {
            return stored != null; // a check that adds audit lines always changes the case (it flags what it reports)
        }
    }

    /** What a page's unit of work did, and the cases to check on their own after it. */
    private record PageDone(SlaCheckReport report, List<Case> again, List<CaseNotice> notices) {}

    /** A case's key across tenants. */
    private record CaseKey(TenantId tenantId, CaseId caseId) {
        static CaseKey of(Case c) {
            return new CaseKey(c.tenantId(), c.id());
        }
    }
}
