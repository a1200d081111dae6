package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crmkit.marketing.campaign.Campaign;
import org.crmkit.marketing.campaign.CampaignMember;
import org.crmkit.marketing.campaign.Campaigns;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** Campaigns in a map, each audience sorted by customer id; the unit-of-work lock serialises every change. */
final class InMemoryCampaigns implements Campaigns {

    private record Key(TenantId tenantId, String campaignId) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, Campaign> campaigns = new HashMap<>();
    private final Map<Key, NavigableMap<String, CampaignMember>> audiences = new HashMap<>();

    InMemoryCampaigns(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Campaign> find(TenantId tenantId, String campaignId) {
        return transactions.inTransaction(() -> Optional.ofNullable(campaigns.get(new Key(tenantId, campaignId))));
    }

    @Override
    public void insert(Campaign campaign) {
        transactions.run(() -> {
            Key key = new Key(campaign.tenantId(), campaign.campaignId());
            if (campaigns.containsKey(key)) {
                throw new DuplicateKeyException("campaign", "campaign id");
            }
            campaigns.put(key, campaign);
            transactions.onRollback(() -> campaigns.remove(key));
        });
    }

    @Override
    public void complete(TenantId tenantId, String campaignId, long targets, long controls) {
        transactions.run(() -> {
            Key key = new Key(tenantId, campaignId);
            Campaign c = campaigns.get(key);
            campaigns.put(key, new Campaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), c.channel(), c.content(), c.offer(),
                    c.controlShare(), c.seed(), c.attributionDays(), c.sendAt(), c.quietHours(), c.frequencyCap(), c.launchedAt(), targets,
                    controls));
            transactions.onRollback(() -> campaigns.put(key, c));
        });
    }

    @Override
    public void lock(TenantId tenantId, String campaignId) {
        // the unit of work holds the store's one lock already
        transactions.run(() -> { });
    }

    @Override
    public void lockContacts(TenantId tenantId, Collection<CustomerId> customers) {
        // the unit of work holds the store's one lock already
        transactions.run(() -> { });
    }

    @Override
    public Set<CustomerId> snapshotted(TenantId tenantId, String campaignId, Collection<CustomerId> customers) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, CampaignMember> audience = audiences.getOrDefault(new Key(tenantId, campaignId), new TreeMap<>());
            Set<CustomerId> found = new HashSet<>();
            customers.stream().filter(c -> audience.containsKey(c.value())).forEach(found::add);
            return found;
        });
    }

    @Override
    public void insertMembers(List<CampaignMember> members) {
        transactions.run(() -> {
            for (CampaignMember m : members) {
                NavigableMap<String, CampaignMember> audience = audiences.computeIfAbsent(new Key(m.tenantId(), m.campaignId()), k -> new TreeMap<>());
                if (audience.containsKey(m.customerId().value())) {
                    throw new DuplicateKeyException("campaign member", "campaign and customer");
                }
                audience.put(m.customerId().value(), m);
                transactions.onRollback(() -> audience.remove(m.customerId().value()));
            }
        });
    }

    @Override
    public List<CampaignMember> members(TenantId tenantId, String campaignId, @Nullable CustomerId after, int limit) {
        return select(tenantId, campaignId, after, limit, m -> true);
    }

    @Override
    public List<CampaignMember> pending(TenantId tenantId, String campaignId, int shard, int shards, @Nullable CustomerId after, int limit) {
        return select(tenantId, campaignId, after, limit,
                m -> m.status() == SendStatus.PENDING && CampaignMember.shardKey(m.customerId()) % shards == shard);
    }

    private List<CampaignMember> select(TenantId tenantId, String campaignId, @Nullable CustomerId after, int limit,
            java.util.function.Predicate<CampaignMember> filter) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, CampaignMember> audience = audiences.getOrDefault(new Key(tenantId, campaignId), new TreeMap<>());
            Map<String, CampaignMember> from = after == null ? audience : audience.tailMap(after.value(), false);
            List<CampaignMember> found = new ArrayList<>();
            for (CampaignMember m : from.values()) {
                if (found.size() == limit) {
                    break;
                }
                if (filter.test(m)) {
                    found.add(m);
                }
            }
            return found;
        });
    }

    @Override
    public Set<CustomerId> settle(List<CampaignMember> settled) {
        return transactions.inTransaction(() -> {
            Set<CustomerId> claimed = new HashSet<>();
            for (CampaignMember m : settled) {
                NavigableMap<String, CampaignMember> audience = audiences.get(new Key(m.tenantId(), m.campaignId()));
                CampaignMember before = audience == null ? null : audience.get(m.customerId().value());
                if (before != null && before.status() == SendStatus.PENDING) {
                    audience.put(m.customerId().value(), m);
                    transactions.onRollback(() -> audience.put(m.customerId().value(), before));
                    claimed.add(m.customerId());
                }
            }
            return claimed;
        });
    }

    @Override
    public void recordFailure(TenantId tenantId, String campaignId, CustomerId customerId, String reason) {
        transactions.run(() -> {
            NavigableMap<String, CampaignMember> audience = audiences.get(new Key(tenantId, campaignId));
            CampaignMember before = audience.get(customerId.value());
            audience.put(customerId.value(), new CampaignMember(tenantId, campaignId, customerId, false, SendStatus.FAILED, before.settledAt(),
                    reason));
            transactions.onRollback(() -> audience.put(customerId.value(), before));
        });
    }

    @Override
    public Map<CustomerId, Integer> sentSince(TenantId tenantId, Collection<CustomerId> customers, Instant since) {
        return transactions.inTransaction(() -> {
            Set<String> wanted = new HashSet<>();
            customers.forEach(c -> wanted.add(c.value()));
            Map<CustomerId, Integer> counts = new HashMap<>();
            audiences.forEach((key, audience) -> {
                if (key.tenantId().equals(tenantId)) {
                    for (String id : wanted) {
                        CampaignMember m = audience.get(id);
                        if (m != null && m.status() == SendStatus.SENT && !m.settledAt().isBefore(since)) {
                            counts.merge(m.customerId(), 1, Integer::sum);
                        }
                    }
                }
            });
            return counts;
        });
    }

    @Override
    public List<CampaignMember> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> {
            List<CampaignMember> found = new ArrayList<>();
            audiences.forEach((key, audience) -> {
                CampaignMember m = key.tenantId().equals(tenantId) ? audience.get(customerId.value()) : null;
                if (m != null) {
                    found.add(m);
                }
            });
            found.sort(java.util.Comparator.comparing(CampaignMember::campaignId));
            return found;
        });
    }

    @Override
    public void replaceReasons(TenantId tenantId, CustomerId customerId, String replacement) {
        transactions.run(() -> audiences.forEach((key, audience) -> {
            CampaignMember m = key.tenantId().equals(tenantId) ? audience.get(customerId.value()) : null;
            if (m != null && m.reason() != null) {
                audience.put(customerId.value(), new CampaignMember(tenantId, m.campaignId(), customerId, false, m.status(), m.settledAt(),
                        replacement));
                transactions.onRollback(() -> audience.put(customerId.value(), m));
            }
        }));
    }
}
