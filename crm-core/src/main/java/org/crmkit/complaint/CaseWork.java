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
    private final List<CaseAuditEntry> pendingAudit = new ArrayList<>();

    CaseWork(CaseContext ctx, Instant now) {
        this.ctx = ctx;
        this.now = now;
    }

    /**
     * Adds an audit entry about {@code c}, whose status is now the entry's {@code to}. Entries are
     * written by {@link #save}, after the case's version check, so that a writer who lost a race
     * fails on the version (and retries) rather than on an audit sequence.
     */
    void audit(Case c, CaseAction action, CaseStatus from, String actor, String note) {
        long sequence = lastSequence.computeIfAbsent(c.id(), id -> ctx.cases.lastAuditSequence(c.tenantId(), id)) + 1;
        lastSequence.put(c.id(), sequence);
        pendingAudit.add(new CaseAuditEntry(c.tenantId(), c.id(), sequence, now, actor, action, from, c.status(), note));
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
     * worked out afresh, then the audit entries added; stores nothing if nothing changed.
     */
    Case save(Case loaded, Case changed, CasePolicy policy) {
        Case indexed = SlaCalculator.reindexed(changed, policy, now);
        Case stored = loaded;
        if (!indexed.equals(loaded)) {
            stored = indexed.nextVersion();
            ctx.cases.update(stored);
        }
        pendingAudit.forEach(ctx.cases::appendAudit);
        pendingAudit.clear();
        return stored;
    }
}
