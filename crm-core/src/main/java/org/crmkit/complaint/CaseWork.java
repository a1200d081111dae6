package org.crmkit.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.spi.CaseNotice;
import org.crmkit.shared.DomainEvent;

/** One unit of work on cases: its time, audit sequences, events and the notices to send after commit. */
final class CaseWork {

    final CaseContext ctx;
    final Instant now;
    private final List<CaseNotice> notices = new ArrayList<>();
    private final Map<CaseId, Long> lastSequence = new HashMap<>();

    CaseWork(CaseContext ctx, Instant now) {
        this.ctx = ctx;
        this.now = now;
    }

    /** Appends an audit entry about {@code c}, whose status is now the entry's {@code to}. */
    void audit(Case c, CaseAction action, CaseStatus from, String actor, String note) {
        long sequence = lastSequence.computeIfAbsent(c.id(), id -> (long) ctx.cases.audit(c.tenantId(), id).size()) + 1;
        lastSequence.put(c.id(), sequence);
        ctx.cases.appendAudit(new CaseAuditEntry(c.tenantId(), c.id(), sequence, now, actor, action, from, c.status(), note));
    }

    void publish(DomainEvent event) {
        ctx.events.publish(event);
    }

    void notice(CaseNotice notice) {
        notices.add(notice);
    }

    List<CaseNotice> notices() {
        return notices;
    }

    /**
     * Stores {@code changed} (at the version it was loaded with) one version up, its SLA schedule
     * worked out afresh; stores nothing if nothing changed.
     */
    Case save(Case loaded, Case changed, CasePolicy policy) {
        Case indexed = SlaCalculator.reindexed(changed, policy, now);
        if (indexed.equals(loaded)) {
            return loaded;
        }
        Case stored = indexed.nextVersion();
        ctx.cases.update(stored);
        return stored;
    }
}
