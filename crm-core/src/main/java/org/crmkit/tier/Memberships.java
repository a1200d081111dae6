package org.crmkit.tier;

import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.ProgrammeId;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: ladders, memberships, metric facts and tier history. Every method takes part in the
 * storage's unit of work.
 *
 * @since 0.1
 */
public interface Memberships {

    /** Stores or replaces a ladder. */
    void saveLadder(TierLadder ladder);

    /** The ladder of a programme, if defined. */
    Optional<TierLadder> ladder(TenantId tenantId, ProgrammeId programmeId);

    /** The membership, locked until the end of the unit of work. */
    Optional<Membership> lock(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /** The membership, without locking. */
    Optional<Membership> find(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

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

    /** Records a fact; false (and nothing stored) if its key was recorded before. */
    boolean addFact(MetricFact fact);

    /** The member's facts, oldest first. */
    List<MetricFact> facts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /** Appends a history line. */
    void appendChange(TierChange change);

    /** The member's history, oldest first. */
    List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /** How many memberships the programme has. */
    long count(TenantId tenantId, ProgrammeId programmeId);

    /** The programme's memberships ordered by customer id, one page at a time. */
    Page<Membership> page(TenantId tenantId, ProgrammeId programmeId, PageRequest request);
}
