package org.crmkit.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.spi.CaseNotice;
import org.crmkit.shared.DomainEvent;
import org.jspecify.annotations.Nullable;

/** One unit of work on cases: its time, audit sequences, events and the notices to send after commit. */
final class CaseWork {

    final CaseContext ctx;
    final Instant now;
    private final List<CaseNotice> notices = new ArrayList<>();
    private final Map<CaseId, Long> lastSequence = new HashMap<>();
    private final List<CaseAuditEntry> pendingAudit = new ArrayList<>();
    /** Null when events go to the publisher at once; otherwise where they wait for {@link #publishHeld}. */
    private final @Nullable List<DomainEvent> heldEvents;

    CaseWork(CaseContext ctx, Instant now) {
        this.ctx = ctx;
        this.now = now;
        this.heldEvents = null;
    }

    private CaseWork(CaseContext ctx, Instant now, @Nullable List<DomainEvent> heldEvents) {
        this.ctx = ctx;
        this.now = now;
        this.heldEvents = heldEvents;
    }

    /**
     * Work on one case of a page that is stored with others: its audit entries are numbered from 1
     * (see {@link #auditAfter}) and its events held until {@link #publishHeld}, so that nothing is
     * read or written for the case until the page's batched update says whether it won.
     */
    static CaseWork held(CaseContext ctx, Instant now) {
        return new CaseWork(ctx, now, new ArrayList<>());
    }

    /**
     * Adds an audit entry about {@code c}, whose status is now the entry's {@code to}. Entries are
     * written by {@link #save}, after the case's version check, so that a writer who lost a race
     * fails on the version (and retries) rather than on an audit sequence.
     */
    void audit(Case c, CaseAction action, CaseStatus from, String actor, String note) {
        long sequence = lastSequence.computeIfAbsent(c.id(), id -> heldEvents != null ? 0 : ctx.cases.lastAuditSequence(c.tenantId(), id)) + 1;
        lastSequence.put(c.id(), sequence);
        pendingAudit.add(new CaseAuditEntry(c.tenantId(), c.id(), sequence, now, actor, action, from, c.status(), note));
    }

    void publish(DomainEvent event) {
        if (heldEvents != null) {
            heldEvents.add(event);
        } else {
            ctx.events.publish(event);
        }
    }

    /** Publishes the events held by a {@link #held} unit. */
    void publishHeld() {
        heldEvents.forEach(ctx.events::publish);
        heldEvents.clear();
    }

    /** The audit entries added to a {@link #held} unit, numbered on from the case's stored {@code last} sequence. */
    List<CaseAuditEntry> auditAfter(long last) {
        List<CaseAuditEntry> numbered = new ArrayList<>(pendingAudit.size());
        for (CaseAuditEntry e : pendingAudit) {
            numbered.add(new CaseAuditEntry(e.tenantId(), e.caseId(), last + e.sequence(), e.at(), e.actor(), e.action(), e.from(), e.to(),
                    e.note()));
        }
        return numbered;
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
        Case stored = toStore(loaded, changed, policy);
        if (stored != null) {
            ctx.cases.update(stored);
        } else {
            stored = loaded;
        }
        pendingAudit.forEach(ctx.cases::appendAudit);
        pendingAudit.clear();
        return stored;
    }

    /** {@code changed} with its SLA schedule worked out afresh, one version up from {@code loaded}; null if nothing changed. */
    @Nullable Case toStore(Case loaded, Case changed, CasePolicy policy) {
        Case indexed = SlaCalculator.reindexed(changed, policy, now);
        return indexed.equals(loaded) ? null : indexed.nextVersion();
    }
}
