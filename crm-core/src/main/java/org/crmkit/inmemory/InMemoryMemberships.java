package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.LadderDefinition;
import org.crmkit.tier.Membership;
import org.crmkit.tier.Memberships;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.TierChange;
import org.jspecify.annotations.Nullable;

final class InMemoryMemberships implements Memberships {

    private record Programme(TenantId tenantId, ProgrammeId programmeId) {}

    private record Member(Programme programme, CustomerId customerId) {}

    private record FactKey(TenantId tenantId, String key) {}

    private final InMemoryTransactions transactions;
    private final Map<Programme, LadderDefinition> ladders = new HashMap<>();
    private final Map<Programme, NavigableMap<String, Membership>> members = new HashMap<>();
    private final Map<FactKey, MetricFact> factKeys = new HashMap<>();
    private final Map<Member, List<MetricFact>> facts = new HashMap<>();
    private final Map<Member, List<TierChange>> history = new HashMap<>();

    private final InMemoryPointsLedger counters;

    InMemoryMemberships(InMemoryTransactions transactions, InMemoryPointsLedger counters) {
        this.transactions = transactions;
        this.counters = counters;
    }

    @Override
    public void saveLadder(LadderDefinition ladder) {
        transactions.run(() -> {
            Programme key = new Programme(ladder.tenantId(), ladder.programmeId());
            LadderDefinition before = ladders.put(key, ladder);
            transactions.onRollback(() -> restore(ladders, key, before));
        });
    }

    @Override
    public Optional<LadderDefinition> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> Optional.ofNullable(ladders.get(new Programme(tenantId, programmeId))));
    }

    @Override
    public List<LadderDefinition> ladders(@Nullable TenantId tenantId) {
        return transactions.inTransaction(() -> ladders.values().stream()
                .filter(l -> InMemoryTenants.matches(tenantId, l.tenantId()))
                .sorted(Comparator.comparing((LadderDefinition l) -> l.tenantId().value()).thenComparing(l -> l.programmeId().value()))
                .toList());
    }

    @Override
    public Optional<Membership> lock(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return find(tenantId, customerId, programmeId);
    }

    @Override
    public List<Membership> lockAll(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, Membership> map = of(tenantId, programmeId);
            return customerIds.stream().distinct().map(id -> map.get(id.value())).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(m -> m.customerId().value())).toList();
        });
    }

    @Override
    public Optional<Membership> find(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> Optional.ofNullable(of(tenantId, programmeId).get(customerId.value())));
    }

    @Override
    public void insert(Membership m) {
        transactions.run(() -> {
            NavigableMap<String, Membership> map = of(m.tenantId(), m.programmeId());
            if (map.containsKey(m.customerId().value())) {
                throw new DuplicateKeyException("membership", "customer id");
            }
            map.put(m.customerId().value(), m);
            transactions.onRollback(() -> map.remove(m.customerId().value()));
        });
    }

    @Override
    public void update(Membership m) {
        transactions.run(() -> {
            NavigableMap<String, Membership> map = of(m.tenantId(), m.programmeId());
            Membership stored = map.get(m.customerId().value());
            if (stored == null || stored.version() != m.version() - 1) {
                throw new StaleVersionException("membership", m.customerId().value(), m.version() - 1);
            }
            map.put(m.customerId().value(), m);
            transactions.onRollback(() -> map.put(m.customerId().value(), stored));
        });
    }

    @Override
    public void updateAll(List<Membership> changed) {
        transactions.run(() -> changed.forEach(this::update));
    }

    @Override
    public Optional<MetricFact> fact(TenantId tenantId, String key) {
        return transactions.inTransaction(() -> Optional.ofNullable(factKeys.get(new FactKey(tenantId, key))));
    }

    @Override
    public boolean addFact(MetricFact fact) {
        return transactions.inTransaction(() -> {
            FactKey key = new FactKey(fact.tenantId(), fact.key());
            if (factKeys.containsKey(key)) {
                return false;
            }
            factKeys.put(key, fact);
            List<MetricFact> list = facts.computeIfAbsent(member(fact.tenantId(), fact.customerId(), fact.programmeId()), k -> new ArrayList<>());
            list.add(fact);
            transactions.onRollback(() -> {
                factKeys.remove(key);
                list.remove(list.size() - 1);
            });
            return true;
        });
    }

    @Override
    public List<MetricFact> facts(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> facts.getOrDefault(member(tenantId, customerId, programmeId), List.of()).stream()
                .sorted(Comparator.comparing(MetricFact::at).thenComparing(MetricFact::key))
                .toList());
    }

    @Override
    public Map<CustomerId, List<MetricFact>> facts(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        return transactions.inTransaction(() -> {
            Map<CustomerId, List<MetricFact>> result = new LinkedHashMap<>();
            for (CustomerId id : customerIds) {
                List<MetricFact> found = facts(tenantId, id, programmeId);
                if (!found.isEmpty()) {
                    result.put(id, found);
                }
            }
            return result;
        });
    }

    @Override
    public void appendChanges(List<TierChange> changes) {
        transactions.run(() -> {
            for (TierChange change : changes) {
                List<TierChange> list = history.computeIfAbsent(member(change.tenantId(), change.customerId(), change.programmeId()),
                        k -> new ArrayList<>());
                if (list.stream().anyMatch(line -> line.sequence() == change.sequence())) {
                    throw new DuplicateKeyException("tier history line", "member and sequence");
                }
                list.add(change);
                list.sort(Comparator.comparingLong(TierChange::sequence));
                transactions.onRollback(() -> list.remove(change));
            }
        });
    }

    @Override
    public Map<CustomerId, Long> lastSequences(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        return transactions.inTransaction(() -> {
            Map<CustomerId, Long> result = new HashMap<>();
            for (CustomerId id : customerIds) {
                List<TierChange> list = history.getOrDefault(member(tenantId, id, programmeId), List.of());
                if (!list.isEmpty()) {
                    result.put(id, list.get(list.size() - 1).sequence());
                }
            }
            return result;
        });
    }

    @Override
    public List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> List.copyOf(history.getOrDefault(member(tenantId, customerId, programmeId), List.of())));
    }

    @Override
    public long count(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> (long) of(tenantId, programmeId).size());
    }

    @Override
    public Page<Membership> page(TenantId tenantId, ProgrammeId programmeId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, Membership> map = of(tenantId, programmeId);
            NavigableMap<String, Membership> rest = request.cursorValue()
                    .map(cursor -> map.tailMap(CursorCodec.decode(cursor, 1).get(0), false))
                    .orElse(map);
            return Pages.first(rest.values(), request.limit(), m -> CursorCodec.encode(m.customerId().value()));
        });
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return counters.lockCounter(tenantId, name);
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        counters.setCounter(tenantId, name, value);
    }

    private NavigableMap<String, Membership> of(TenantId tenantId, ProgrammeId programmeId) {
        return members.computeIfAbsent(new Programme(tenantId, programmeId), k -> new TreeMap<>());
    }

    private static Member member(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return new Member(new Programme(tenantId, programmeId), customerId);
    }

    private static <K, V> void restore(Map<K, V> map, K key, V before) {
        if (before == null) {
            map.remove(key);
        } else {
            map.put(key, before);
        }
    }

    @Override
    public List<Membership> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> members.entrySet().stream()
                .filter(e -> e.getKey().tenantId().equals(tenantId))
                .map(e -> e.getValue().get(customerId.value()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(m -> m.programmeId().value()))
                .toList());
    }

    @Override
    public void anonymiseOverrideNotes(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> history.forEach((member, lines) -> {
            if (!member.programme().tenantId().equals(tenantId) || !member.customerId().equals(customerId)) {
                return;
            }
            List<TierChange> before = List.copyOf(lines);
            lines.replaceAll(c -> c.reason() != ChangeReason.OVERRIDE || c.note() == null ? c : new TierChange(c.tenantId(), c.customerId(),
                    c.programmeId(), c.sequence(), c.from(), c.to(), c.reason(), c.metric(), c.at(), PersonalData.ERASED));
            transactions.onRollback(() -> {
                lines.clear();
                lines.addAll(before);
            });
        }));
    }
}
