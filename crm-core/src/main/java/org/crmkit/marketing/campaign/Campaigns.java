package org.crmkit.marketing.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: launched campaigns and their snapshotted audiences. Every method joins the caller's unit of
 * work; every lookup names one tenant. The contract suites in crm-core's test jar check an
 * implementation.
 *
 * @since 0.2
 */
public interface Campaigns {

    /** The tenant's campaign, if launched. */
    Optional<Campaign> find(TenantId tenantId, String campaignId);

    /**
     * Adds a launched campaign.
     *
     * @throws DuplicateKeyException if the tenant has a campaign of that id
     */
    void insert(Campaign campaign);

    /** Sets the audience counts of a campaign whose snapshot is complete. */
    void complete(TenantId tenantId, String campaignId, long targets, long controls);

    /**
     * Locks the campaign until the unit of work ends: a concurrent unit locking it waits. The launch
     * takes it to complete the snapshot, and sending for each page, so two runs never complete a
     * launch or settle a member twice.
     */
    void lock(TenantId tenantId, String campaignId);

    /** Which of {@code customers} the campaign's audience already holds. */
    Set<CustomerId> snapshotted(TenantId tenantId, String campaignId, Collection<CustomerId> customers);

    /**
     * Adds audience members of one campaign, in one batch where the store can.
     *
     * @throws DuplicateKeyException if a customer is already in the campaign's audience
     */
    void insertMembers(List<CampaignMember> members);

    /**
     * Up to {@code limit} members of the campaign's audience, both groups, in customer id order,
     * after {@code after} (or from the first).
     */
    List<CampaignMember> members(TenantId tenantId, String campaignId, @Nullable CustomerId after, int limit);

    /**
     * Up to {@code limit} pending members of shard {@code shard} of {@code shards} (by {@link
     * CampaignMember#shardKey}), in customer id order, after {@code after} (or from the first).
     */
    List<CampaignMember> pending(TenantId tenantId, String campaignId, int shard, int shards, @Nullable CustomerId after, int limit);

    /**
     * Settles pending members: writes each one's status, time and reason if it is still pending.
     *
     * @return the customers whose row this call settled (those another unit settled first are left out)
     */
    Set<CustomerId> settle(List<CampaignMember> settled);

    /** Marks a member this unit of work settled as sent as failed, for {@code reason}. */
    void recordFailure(TenantId tenantId, String campaignId, CustomerId customerId, String reason);

    /**
     * Locks the campaign contacts of {@code customers} until the unit of work ends, in customer id
     * order, so that two units sending capped campaigns to the same customer count that customer's
     * messages one after the other: a concurrent unit locking an overlapping set waits, and never the
     * other way round. A campaign with a frequency cap takes it before counting {@link #sentSince}.
     */
    void lockContacts(TenantId tenantId, Collection<CustomerId> customers);

    /** How many campaign messages each of {@code customers} was sent at or after {@code since}, over every campaign of the tenant. */
    Map<CustomerId, Integer> sentSince(TenantId tenantId, Collection<CustomerId> customers, Instant since);

    /** The customer's memberships of every campaign of the tenant, by campaign id. */
    List<CampaignMember> ofCustomer(TenantId tenantId, CustomerId customerId);

    /** Replaces the reason of the customer's failed sends with {@code replacement} (privacy erasure). */
    void replaceReasons(TenantId tenantId, CustomerId customerId, String replacement);
}
