package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.Cases;
import org.crmkit.complaint.SlaState;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/** Cases in maps keyed by tenant; queries scan the tenant's cases and page by sort key. */
final class InMemoryCases implements Cases {

    private static final String NO_DUE = SortKeys.instant(Instant.parse("9999-12-31T23:59:59Z"));

    private record Key(TenantId tenantId, String value) {}

    private final InMemoryTransactions transactions;
    private final Map<TenantId, Map<CaseId, Case>> cases = new HashMap<>();
    private final Map<Key, CaseId> numbers = new HashMap<>();
    private final Map<Key, CaseId> requestKeys = new HashMap<>();
    private final Map<Key, Long> counters = new HashMap<>();
    private final Map<Key, List<CaseAuditEntry>> audits = new HashMap<>();

    InMemoryCases(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long lockNumberCounter(TenantId tenantId, int year) {
        return transactions.inTransaction(() -> counters.getOrDefault(new Key(tenantId, Integer.toString(year)), 0L));
    }

    @Override
    public void setNumberCounter(TenantId tenantId, int year, long value) {
        transactions.run(() -> {
            Key key = new Key(tenantId, Integer.toString(year));
            Long before = counters.put(key, value);
            transactions.onRollback(() -> restore(counters, key, before));
        });
    }

    @Override
    public Optional<Case> find(TenantId tenantId, CaseId caseId) {
        return transactions.inTransaction(() -> Optional.ofNullable(of(tenantId).get(caseId)));
    }

    @Override
    public Optional<Case> findByNumber(TenantId tenantId, String number) {
        return transactions.inTransaction(() -> Optional.ofNullable(numbers.get(new Key(tenantId, number))).map(of(tenantId)::get));
    }

    @Override
    public Optional<Case> findByRequestKey(TenantId tenantId, String requestKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(requestKeys.get(new Key(tenantId, requestKey))).map(of(tenantId)::get));
    }

    @Override
    public void insert(Case c) {
        transactions.run(() -> {
            Map<CaseId, Case> tenant = of(c.tenantId());
            Key number = new Key(c.tenantId(), c.number());
            Key request = c.requestKey() == null ? null : new Key(c.tenantId(), c.requestKey());
            if (tenant.containsKey(c.id()) || numbers.containsKey(number) || (request != null && requestKeys.containsKey(request))) {
                throw new DuplicateKeyException("case", "id, number or request key");
            }
            tenant.put(c.id(), c);
            numbers.put(number, c.id());
            if (request != null) {
                requestKeys.put(request, c.id());
            }
            transactions.onRollback(() -> {
                tenant.remove(c.id());
                numbers.remove(number);
                if (request != null) {
                    requestKeys.remove(request);
                }
            });
        });
    }

    @Override
    public void update(Case c) {
        transactions.run(() -> {
            Map<CaseId, Case> tenant = of(c.tenantId());
            Case stored = tenant.get(c.id());
            if (stored == null || stored.version() != c.version() - 1) {
                throw new StaleVersionException("case", c.number(), c.version() - 1);
            }
            tenant.put(c.id(), c);
            transactions.onRollback(() -> tenant.put(c.id(), stored));
        });
    }

    @Override
    public void appendAudit(CaseAuditEntry entry) {
        transactions.run(() -> {
            List<CaseAuditEntry> trail = audits.computeIfAbsent(new Key(entry.tenantId(), entry.caseId().value()), k -> new ArrayList<>());
            if (trail.stream().anyMatch(e -> e.sequence() == entry.sequence())) {
                throw new DuplicateKeyException("case audit entry", "case and sequence");
            }
            trail.add(entry);
            trail.sort(Comparator.comparingLong(CaseAuditEntry::sequence)); // oldest first, the last one the highest, however appended
            transactions.onRollback(() -> trail.remove(entry));
        });
    }

    @Override
    public List<CaseAuditEntry> audit(TenantId tenantId, CaseId caseId) {
        return transactions.inTransaction(() -> List.copyOf(audits.getOrDefault(new Key(tenantId, caseId.value()), List.of())));
    }

    @Override
    public long lastAuditSequence(TenantId tenantId, CaseId caseId) {
        return transactions.inTransaction(() -> {
            List<CaseAuditEntry> trail = audits.getOrDefault(new Key(tenantId, caseId.value()), List.of());
            return trail.isEmpty() ? 0L : trail.get(trail.size() - 1).sequence();
        });
    }

    @Override
    public Page<Case> ofCustomer(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return transactions.inTransaction(() -> SortKeys.page(of(tenantId).values().stream().filter(c -> c.customerId().equals(customerId)),
                2, c -> List.of(SortKeys.instant(c.times().openedAt()), c.id().value()), true, request));
    }

    @Override
    public Page<Case> teamQueue(TenantId tenantId, String team, PageRequest request) {
        return queue(tenantId, c -> c.assignee().team().equals(team), request);
    }

    @Override
    public Page<Case> agentQueue(TenantId tenantId, String agent, PageRequest request) {
        return queue(tenantId, c -> agent.equals(c.assignee().agent()), request);
    }

    @Override
    public Page<Case> atRiskOrBreached(TenantId tenantId, PageRequest request) {
        return queue(tenantId, c -> c.sla().state() != SlaState.ON_TRACK, request);
    }

    @Override
    public Page<Case> dueForCheck(TenantId tenantId, Instant now, int shard, int shards, PageRequest request) {
        return transactions.inTransaction(() -> SortKeys.page(
                cases.entrySet().stream()
                        .filter(e -> InMemoryTenants.matches(tenantId, e.getKey()))
                        .flatMap(e -> e.getValue().values().stream())
                        .filter(c -> c.sla().nextCheckAt() != null && !c.sla().nextCheckAt().isAfter(now) && c.id().inShard(shard, shards)),
                3, c -> List.of(SortKeys.instant(c.sla().nextCheckAt()), c.tenantId().value(), c.id().value()), false, request));
    }

    @Override
    public Page<Case> openedBetween(TenantId tenantId, Instant from, Instant to, PageRequest request) {
        return transactions.inTransaction(() -> SortKeys.page(of(tenantId).values().stream()
                        .filter(c -> !c.times().openedAt().isBefore(from) && c.times().openedAt().isBefore(to)),
                2, c -> List.of(SortKeys.instant(c.times().openedAt()), c.id().value()), false, request));
    }

    @Override
    public long countComplaints(TenantId tenantId, CustomerId customerId, Instant since) {
        return transactions.inTransaction(() -> of(tenantId).values().stream()
                .filter(c -> c.customerId().equals(customerId) && c.type() == CaseType.COMPLAINT && !c.times().openedAt().isBefore(since))
                .count());
    }

    private Page<Case> queue(TenantId tenantId, Predicate<Case> filter, PageRequest request) {
        return transactions.inTransaction(() -> SortKeys.page(of(tenantId).values().stream().filter(c -> c.status().isOpen()).filter(filter),
                2, c -> List.of(c.sla().dueAt() == null ? NO_DUE : SortKeys.instant(c.sla().dueAt()), c.id().value()), false, request));
    }

    private Map<CaseId, Case> of(TenantId tenantId) {
        return cases.computeIfAbsent(tenantId, k -> new HashMap<>());
    }

    private static <K, V> void restore(Map<K, V> map, K key, V before) {
        if (before == null) {
            map.remove(key);
        } else {
            map.put(key, before);
        }
    }

    @Override
    public void anonymiseAudit(TenantId tenantId, CaseId caseId) {
        transactions.run(() -> {
            List<CaseAuditEntry> trail = audits.get(new Key(tenantId, caseId.value()));
            if (trail == null) {
                return;
            }
            List<CaseAuditEntry> before = List.copyOf(trail);
            trail.replaceAll(e -> e.note() == null ? e : new CaseAuditEntry(e.tenantId(), e.caseId(), e.sequence(), e.at(), e.actor(),
                    e.action(), e.from(), e.to(), PersonalData.ERASED));
            transactions.onRollback(() -> {
                trail.clear();
                trail.addAll(before);
            });
        });
    }
}
