package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.complaint.NpsResponse;
import org.crmkit.complaint.Surveys;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;

final class InMemorySurveys implements Surveys {

    private record Key(TenantId tenantId, String surveyKey) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, NpsResponse> responses = new HashMap<>();
    private final Map<TenantId, List<NpsResponse>> byTenant = new HashMap<>();

    InMemorySurveys(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean addNps(NpsResponse response) {
        return transactions.inTransaction(() -> {
            Key key = new Key(response.tenantId(), response.surveyKey());
            if (responses.containsKey(key)) {
                return false;
            }
            responses.put(key, response);
            List<NpsResponse> list = byTenant.computeIfAbsent(response.tenantId(), k -> new ArrayList<>());
            list.add(response);
            transactions.onRollback(() -> {
                responses.remove(key);
                list.remove(list.size() - 1);
            });
            return true;
        });
    }

    @Override
    public Optional<NpsResponse> findNps(TenantId tenantId, String surveyKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(responses.get(new Key(tenantId, surveyKey))));
    }

    @Override
    public List<NpsResponse> npsOf(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> byTenant.getOrDefault(tenantId, List.of()).stream()
                .filter(r -> r.customerId().equals(customerId))
                .sorted(Comparator.comparing(NpsResponse::at).thenComparing(NpsResponse::surveyKey).reversed())
                .toList());
    }

    @Override
    public Page<NpsResponse> npsBetween(TenantId tenantId, Instant from, Instant to, PageRequest request) {
        return transactions.inTransaction(() -> SortKeys.page(byTenant.getOrDefault(tenantId, List.of()).stream()
                        .filter(r -> !r.at().isBefore(from) && r.at().isBefore(to)),
                2, r -> List.of(SortKeys.instant(r.at()), r.surveyKey()), false, request));
    }

    @Override
    public void anonymiseNps(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> {
            List<NpsResponse> list = byTenant.getOrDefault(tenantId, new ArrayList<>());
            for (int i = 0; i < list.size(); i++) {
                NpsResponse r = list.get(i);
                if (r.customerId().equals(customerId) && r.comment() != null && !r.comment().equals(PersonalData.ERASED)) {
                    NpsResponse erased = new NpsResponse(r.tenantId(), r.customerId(), r.surveyKey(), r.score(), PersonalData.ERASED, r.at());
                    int at = i;
                    Key key = new Key(tenantId, r.surveyKey());
                    list.set(at, erased);
                    responses.put(key, erased);
                    transactions.onRollback(() -> {
                        list.set(at, r);
                        responses.put(key, r);
                    });
                }
            }
        });
    }
}
