package org.crmkit.tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: ladders, memberships, metric facts and tier history. Every method takes part in the
 * storage's unit of work.
 *
 * @since 0.1
 */
public interface Memberships {

    /** Stores or replaces a ladder. */
    void saveLadder(LadderDefinition ladder);

    /** The ladder of a programme, if defined. */
    Optional<LadderDefinition> ladder(TenantId tenantId, ProgrammeId programmeId);

    /**
     * Every ladder of the tenant, or of every tenant when {@code tenantId} is null, by tenant and
     * programme id: what the daily tier assessment works through. With a tenant the read names that
     * tenant, so a distributed store reads only the node holding it.
     *
     * @since 0.2
     */
    List<LadderDefinition> ladders(@Nullable TenantId tenantId);

    /** The membership, locked until the end of the unit of work. */
    Optional<Membership> lock(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /**
     * The membership locked until the end of the unit of work, with the member's facts and the
     * sequence of their last history line, all read after the lock is granted: what recording one
     * fact needs. The default calls {@link #lock} and {@link #facts} and reads nothing else (no last
     * sequence, no key, no counters); a storage overrides it to read them all in one round trip.
     *
     * @param factKey the key of the fact about to be recorded, to learn whether the tenant has a
     *     fact under it (of any member), or null
     * @param counters the tenant's counters the fact's rating will lock (growth campaign budgets and
     *     limits), in the order it locks them: where the store reads them in the same round trip, it
     *     locks them like {@link #lockCounter} after the membership, and only if the membership
     *     exists (a member who joins now joins before the counters are locked), and returns the
     *     value of each it locked; the rating locks the others when it uses them
     * @since 0.2
     */
    default Optional<LockedMembership> lockWithFacts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId,
            @Nullable String factKey, List<String> counters) {
        return lock(tenantId, customerId, programmeId).map(m -> new LockedMembership(m, facts(tenantId, customerId, programmeId),
                LockedMembership.UNREAD, Map.of(), false));
    }

    /**
     * {@link #lockWithFacts(TenantId, CustomerId, ProgrammeId, String, List)}, where the facts dated at
     * or before {@code sumUntil} may come summed ({@link LockedMembership#earlier}) instead of one by
     * one, so that a member's long history costs one row: the facts after it come one by one as
     * before. The default reads them all one by one ({@code earlier} null); a store that sums them
     * also says whether a fact of {@code orderId} that counts an order is among those summed.
     *
     * @param sumUntil the latest instant whose facts may be summed, or null for all one by one
     * @param orderId the order to look for among the summed facts ({@link FactTotals#orderCounted}),
     *     or null
     * @since 0.3
     */
    default Optional<LockedMembership> lockWithFacts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId,
            @Nullable String factKey, List<String> counters, @Nullable Instant sumUntil, @Nullable String orderId) {
        return lockWithFacts(tenantId, customerId, programmeId, factKey, counters);
    }

    /**
     * The memberships of {@code customerIds} that exist, locked until the end of the unit of work,
     * in customer id order.
     */
    List<Membership> lockAll(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds);

    /** The membership, without locking. */
    Optional<Membership> find(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /**
     * The memberships of the programme held by any of {@code customerIds}, without locking them: what
     * a segment walk reads for a page of customers. The default reads each with {@link #find}; a
     * storage overrides it with one read.
     *
     * @since 0.2
     */
    default List<Membership> findAll(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        List<Membership> found = new ArrayList<>();
        for (CustomerId id : customerIds) {
            find(tenantId, id, programmeId).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Stores a new membership at version 0.
     *
     * @throws org.crmkit.shared.DuplicateKeyException if the member already has one
     */
    void insert(Membership membership);

    /**
     * Stores a changed membership one version up.
     *
     * @throws org.crmkit.shared.StaleVersionException if the stored version is not {@code version - 1}
     */
    void update(Membership membership);

    /**
     * Stores changed memberships, each one version up, in one go.
     *
     * @throws org.crmkit.shared.StaleVersionException if a stored version is not {@code version - 1}
     *     (the unit of work must then be rolled back)
     */
    void updateAll(List<Membership> memberships);

    /** Records a fact; false (and nothing stored) if its key was recorded before. */
    boolean addFact(MetricFact fact);

    /**
     * Records a fact whose key the unit of work found free under the member's lock ({@link
     * LockedMembership#factKeyFree}): a storage may send it with the unit's next round trip
     * instead of now. The default calls {@link #addFact}.
     *
     * @throws DuplicateKeyException if the key was recorded since (now, or where the fact is
     *     sent): a lost race, which the outermost unit of work retries
     * @since 0.2
     */
    default void addNewFact(MetricFact fact) {
        if (!addFact(fact)) {
            throw new DuplicateKeyException("tier fact", "key");
        }
    }

    /** The fact recorded under {@code key} in the tenant, whoever it is of. */
    Optional<MetricFact> fact(TenantId tenantId, String key);

    /** The member's facts, oldest first. */
    List<MetricFact> facts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /** The facts of each of {@code customerIds} that has any, oldest first, read in one go. */
    Map<CustomerId, List<MetricFact>> facts(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds);

    /**
     * Appends history lines, in one go.
     *
     * @throws org.crmkit.shared.DuplicateKeyException if a member already has a line with the same sequence
     */
    void appendChanges(List<TierChange> changes);

    /** The sequence of the last history line of each of {@code customerIds} that has one. */
    Map<CustomerId, Long> lastSequences(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds);

    /** The member's history, oldest first. */
    List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /** How many memberships the programme has. */
    long count(TenantId tenantId, ProgrammeId programmeId);

    /** The programme's memberships ordered by customer id, one page at a time. */
    Page<Membership> page(TenantId tenantId, ProgrammeId programmeId, PageRequest request);

    /**
     * A named counter of the tenant (growth campaign budgets and limits), 0 if new, locked until
     * the end of the unit of work.
     */
    long lockCounter(TenantId tenantId, String name);

    /** Sets a counter locked with {@link #lockCounter}. */
    void setCounter(TenantId tenantId, String name, long value);

    /**
     * The customer's memberships of every ladder of the tenant, by programme id.
     *
     * @since 0.2
     */
    List<Membership> ofCustomer(TenantId tenantId, CustomerId customerId);

    /**
     * Replaces the note of every {@link ChangeReason#OVERRIDE} line of the customer's history, in
     * every ladder, with {@link org.crmkit.shared.PersonalData#ERASED} (the note repeats the
     * override's free-text reason), for erasure. Tiers, metrics and times stay.
     *
     * @since 0.2
     */
    void anonymiseOverrideNotes(TenantId tenantId, CustomerId customerId);
}
