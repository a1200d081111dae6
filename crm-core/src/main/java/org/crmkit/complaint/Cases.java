package org.crmkit.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * Port: cases, their audit trails and case-number counters. Every method takes part in the
 * storage's unit of work. Pages carry opaque cursors; "open" means {@link CaseStatus#isOpen()}.
 *
 * @since 0.1
 */
public interface Cases {

    /**
     * The last case number used in the tenant's year, locked until the end of the unit of work so
     * that numbers are handed out one at a time, without gaps or duplicates. 0 for a new year.
     */
    long lockNumberCounter(TenantId tenantId, int year);

    /** Sets the counter locked by {@link #lockNumberCounter}. */
    void setNumberCounter(TenantId tenantId, int year, long value);

    /** The case, if it exists in the tenant. */
    Optional<Case> find(TenantId tenantId, CaseId caseId);

    /** The case with this number, if any. */
    Optional<Case> findByNumber(TenantId tenantId, String number);

    /** The case opened with this request key, if any. */
    Optional<Case> findByRequestKey(TenantId tenantId, String requestKey);

    /**
     * Stores a new case at version 0.
     *
     * @throws org.crmkit.shared.DuplicateKeyException if its id, number or request key is taken in the tenant
     */
    void insert(Case c);

    /**
     * Stores a changed case one version up.
     *
     * @throws org.crmkit.shared.StaleVersionException if the stored version is not {@code version - 1}
     */
    void update(Case c);

    /**
     * Stores each changed case one version up, like {@link #update}, except that a case whose stored
     * version is no longer {@code version - 1} (another writer changed it meanwhile) is left as it is
     * and returned instead of failing the unit of work. Batch work (the SLA check) stores a page of
     * cases this way; a storage may send them all at once.
     *
     * @param changed cases, each one version up from the version it was read at
     * @return the cases that were not stored because their stored version moved, in the order given
     * @since 0.2
     */
    default List<Case> updateUnlessChanged(List<Case> changed) {
        List<Case> lost = new ArrayList<>();
        for (Case c : changed) {
            try {
                update(c);
            } catch (StaleVersionException e) {
                lost.add(c);
            }
        }
        return lost;
    }

    /**
     * Appends an audit entry.
     *
     * @throws org.crmkit.shared.DuplicateKeyException if the case already has an entry with its sequence
     */
    void appendAudit(CaseAuditEntry entry);

    /**
     * Appends audit entries, like {@link #appendAudit} one after another; a storage may send them all
     * at once.
     *
     * @throws org.crmkit.shared.DuplicateKeyException if a case already has an entry with the sequence of one of them
     * @since 0.2
     */
    default void appendAudits(List<CaseAuditEntry> entries) {
        entries.forEach(this::appendAudit);
    }

    /** The case's audit trail, oldest first. */
    List<CaseAuditEntry> audit(TenantId tenantId, CaseId caseId);

    /** The sequence of the case's last audit entry, 0 if it has none; what numbering the next entry needs. */
    long lastAuditSequence(TenantId tenantId, CaseId caseId);

    /**
     * {@link #lastAuditSequence} of each of the tenant's cases at once: the sequence of its last audit
     * entry, 0 if it has none; a storage may read them in one query.
     *
     * @return the last sequence by case, with an entry for every case asked for
     * @since 0.2
     */
    default Map<CaseId, Long> lastAuditSequences(TenantId tenantId, Collection<CaseId> caseIds) {
        Map<CaseId, Long> last = new HashMap<>();
        caseIds.forEach(id -> last.put(id, lastAuditSequence(tenantId, id)));
        return last;
    }

    /** The customer's cases, newest first (opened at, then id, descending). */
    Page<Case> ofCustomer(TenantId tenantId, CustomerId customerId, PageRequest request);

    /** A team's open cases, soonest SLA due first (cases with no running clock last), then by id. */
    Page<Case> teamQueue(TenantId tenantId, String team, PageRequest request);

    /** An agent's open cases, ordered as {@link #teamQueue}. */
    Page<Case> agentQueue(TenantId tenantId, String agent, PageRequest request);

    /** Open cases whose SLA state is at risk or breached, ordered as {@link #teamQueue}. */
    Page<Case> atRiskOrBreached(TenantId tenantId, PageRequest request);

    /**
     * Cases whose {@link CaseSla#nextCheckAt()} is at or before {@code now}, of one tenant or of all
     * ({@code tenantId} null), in shard {@code shard} of {@code shards} (see {@link CaseId#inShard}),
     * by next check, tenant and id.
     */
    Page<Case> dueForCheck(TenantId tenantId, Instant now, int shard, int shards, PageRequest request);

    /** Cases opened in {@code [from, to)}, oldest first. */
    Page<Case> openedBetween(TenantId tenantId, Instant from, Instant to, PageRequest request);

    /** How many complaints ({@link CaseType#COMPLAINT}) the customer opened at or after {@code since}. */
    long countComplaints(TenantId tenantId, CustomerId customerId, Instant since);

    /**
     * Replaces the note of every audit line of the case that has one with {@link
     * org.crmkit.shared.PersonalData#ERASED}: the one change the append-only trail allows, for
     * erasure. Actors, actions, statuses and times stay.
     *
     * @since 0.2
     */
    void anonymiseAudit(TenantId tenantId, CaseId caseId);
}
