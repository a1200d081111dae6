package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.sales.Opportunities;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.SalesFunnel;
import org.crmkit.sales.StageChange;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/** Opportunities by tenant and id, each with its list of stage changes; funnels by tenant. */
final class InMemoryOpportunities implements Opportunities {

    private record Id(TenantId tenantId, String opportunityId) {}

    private final InMemoryTransactions transactions;
    private final VersionedRows<Opportunity> rows;
    private final Map<Id, List<StageChange>> histories = new HashMap<>();
    private final Map<TenantId, SalesFunnel> funnels = new HashMap<>();

    InMemoryOpportunities(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new VersionedRows<>(transactions, Opportunity::version);
    }

    @Override
    public boolean insert(Opportunity opportunity, StageChange opening) {
        return transactions.inTransaction(() -> {
            if (!rows.insert(opportunity.tenantId(), opportunity.opportunityId(), opportunity.creationKey(), opportunity)) {
                return false;
            }
            append(opening);
            return true;
        });
    }

    @Override
    public Optional<Opportunity> find(TenantId tenantId, String opportunityId) {
        return transactions.inTransaction(() -> rows.find(tenantId, opportunityId));
    }

    @Override
    public Optional<Opportunity> findByKey(TenantId tenantId, String creationKey) {
        return transactions.inTransaction(() -> rows.findByKey(tenantId, creationKey));
    }

    @Override
    public boolean update(Opportunity opportunity, long expectedVersion, StageChange change) {
        return transactions.inTransaction(() -> {
            if (!rows.update(opportunity.tenantId(), opportunity.opportunityId(), opportunity, expectedVersion)) {
                return false;
            }
            if (change != null) {
                append(change);
            }
            return true;
        });
    }

    private void append(StageChange change) {
        List<StageChange> history = histories.computeIfAbsent(new Id(change.tenantId(), change.opportunityId()), id -> new ArrayList<>());
        history.add(change);
        transactions.onRollback(() -> history.remove(history.size() - 1));
    }

    @Override
    public Page<Opportunity> list(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> rows.page(tenantId, request));
    }

    @Override
    public List<Opportunity> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> rows.all(tenantId).filter(o -> customerId.equals(o.customerId())).toList());
    }

    @Override
    public List<StageChange> histories(TenantId tenantId, Collection<String> opportunityIds) {
        return transactions.inTransaction(() -> opportunityIds.stream().distinct().sorted()
                .flatMap(id -> histories.getOrDefault(new Id(tenantId, id), List.of()).stream())
                .sorted(Comparator.comparing(StageChange::opportunityId).thenComparingLong(StageChange::sequence)).toList());
    }

    @Override
    public Optional<SalesFunnel> funnel(TenantId tenantId) {
        return transactions.inTransaction(() -> Optional.ofNullable(funnels.get(tenantId)));
    }

    @Override
    public void saveFunnel(SalesFunnel funnel) {
        transactions.run(() -> {
            SalesFunnel before = funnels.put(funnel.tenantId(), funnel);
            transactions.onRollback(() -> {
                if (before == null) {
                    funnels.remove(funnel.tenantId());
                } else {
                    funnels.put(funnel.tenantId(), before);
                }
            });
        });
    }
}
