package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnReason;
import org.crmkit.customer.ChurnReasonCount;
import org.crmkit.customer.ChurnReasons;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.StoredChurnReason;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;

final class InMemoryChurnReasons implements ChurnReasons {

    private record Key(TenantId tenantId, String idempotencyKey) {}

    private record Group(String code, ChurnSide side, ChurnOccasion occasion) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, StoredChurnReason> reasons = new LinkedHashMap<>();

    InMemoryChurnReasons(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean insert(StoredChurnReason stored) {
        return transactions.inTransaction(() -> {
            Key key = new Key(stored.reason().tenantId(), stored.reason().idempotencyKey());
            if (reasons.putIfAbsent(key, stored) != null) {
                return false;
            }
            transactions.onRollback(() -> reasons.remove(key));
            return true;
        });
    }

    @Override
    public Optional<StoredChurnReason> byKey(TenantId tenantId, String idempotencyKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(reasons.get(new Key(tenantId, idempotencyKey))));
    }

    @Override
    public Optional<ChurnSide> sideOf(TenantId tenantId, String code) {
        return transactions.inTransaction(() -> reasons.values().stream().map(StoredChurnReason::reason)
                .filter(r -> r.tenantId().equals(tenantId) && r.code().equals(code)).map(ChurnReason::side).findFirst());
    }

    @Override
    public List<ChurnReason> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> reasons.values().stream().map(StoredChurnReason::reason)
                .filter(r -> r.tenantId().equals(tenantId) && r.customerId().equals(customerId))
                .sorted(Comparator.comparing(ChurnReason::recordedAt).thenComparing(ChurnReason::idempotencyKey).reversed())
                .toList());
    }

    @Override
    public List<ChurnReasonCount> counts(TenantId tenantId, Instant from, Instant until) {
        return transactions.inTransaction(() -> {
            Map<Group, Long> counts = new HashMap<>();
            reasons.values().stream().map(StoredChurnReason::reason)
                    .filter(r -> r.tenantId().equals(tenantId) && !r.recordedAt().isBefore(from) && r.recordedAt().isBefore(until))
                    .forEach(r -> counts.merge(new Group(r.code(), r.side(), r.occasion()), 1L, Long::sum));
            List<ChurnReasonCount> list = new ArrayList<>();
            counts.forEach((g, n) -> list.add(new ChurnReasonCount(g.code(), g.side(), g.occasion(), n)));
            return list;
        });
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> reasons.replaceAll((key, stored) -> {
            ChurnReason r = stored.reason();
            if (!r.tenantId().equals(tenantId) || !r.customerId().equals(customerId) || r.note() == null
                    || r.note().equals(PersonalData.ERASED)) {
                return stored;
            }
            transactions.onRollback(() -> reasons.put(key, stored));
            return new StoredChurnReason(stored.fingerprint(), new ChurnReason(r.tenantId(), r.customerId(), r.idempotencyKey(), r.occasion(),
                    r.code(), r.side(), PersonalData.ERASED, r.recordedBy(), r.recordedAt()));
        }));
    }
}
