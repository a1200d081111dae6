package org.crmkit.complaint;

import com.google.common.collect.Lists;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the cases whose next SLA check is due, one page at a time, and checks them in units of
 * work of {@value #CHUNK} cases: reports newly reached at-risk and breach points once (they are
 * flagged on the case, and a racing checker loses the optimistic version check and finds them
 * flagged when it tries again), and escalates as the rules say. A chunk that fails (a lost race,
 * a case that cannot be checked) is rolled back and its cases are checked one by one, each
 * retried on conflict; a case that still fails is logged and counted, and the run goes on.
 */
final class SlaChecker {

    /** Who acts in the audit trail. */
    static final String ACTOR = "system:sla";

    private static final Logger log = LoggerFactory.getLogger(SlaChecker.class);
    private static final int PAGE = 500;
    /** Cases per unit of work: fewer commits, while a lost race costs a redo of at most this many. */
    static final int CHUNK = 50;
    private static final SlaCheckReport NOTHING = new SlaCheckReport(0, 0, 0, 0, 0);

    private final CaseContext ctx;

    SlaChecker(CaseContext ctx) {
        this.ctx = ctx;
    }

    SlaCheckReport run(TenantId tenantId, Instant now, int shard, int shards) {
        Map<TenantId, CasePolicy> policies = new ConcurrentHashMap<>(); // read once per tenant and run
        SlaCheckReport report = NOTHING;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Case> page = ctx.transactions.inTransaction(() -> ctx.cases.dueForCheck(tenantId, now, shard, shards, current));
            for (List<Case> chunk : Lists.partition(page.items(), CHUNK)) {
                report = report.plus(checkChunk(chunk, now, policies));
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

    private SlaCheckReport checkChunk(List<Case> chunk, Instant now, Map<TenantId, CasePolicy> policies) {
        try {
            return ctx.write(now, false, w -> {
                SlaCheckReport done = NOTHING;
                for (Case due : chunk) {
                    done = done.plus(checkOne(w, due.tenantId(), due.id(), policies));
                }
                return done;
            });
        } catch (RuntimeException e) {
            log.debug("SLA check of {} cases rolled back ({}); checking them one by one", chunk.size(), e.toString());
        }
        SlaCheckReport done = NOTHING;
        for (Case due : chunk) {
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
        Case loaded = found.get();
        CasePolicy policy = policies.computeIfAbsent(tenantId, ctx::policy);
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
        w.save(loaded, current, policy);
        return new SlaCheckReport(1, atRisk, breached, escalated ? 1 : 0, 0);
    }

    private static Case flagged(Case c, SlaMetric metric, boolean breach) {
        Set<SlaMetric> atRisk = c.sla().atRisk().isEmpty() ? EnumSet.noneOf(SlaMetric.class) : EnumSet.copyOf(c.sla().atRisk());
        Set<SlaMetric> breached = c.sla().breached().isEmpty() ? EnumSet.noneOf(SlaMetric.class) : EnumSet.copyOf(c.sla().breached());
        (breach ? breached : atRisk).add(metric);
        Case.Edit e = c.edit();
        e.sla = c.sla().flagged(atRisk, breached);
        return e.done();
    }
}
