package org.crmkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.shared.TenantId;

final class InMemoryCasePolicies implements CasePolicies {

    private final InMemoryTransactions transactions;
    private final Map<TenantId, CasePolicy> policies = new HashMap<>();

    InMemoryCasePolicies(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(CasePolicy policy) {
        transactions.run(() -> {
            CasePolicy before = policies.put(policy.tenantId(), policy);
            transactions.onRollback(() -> {
                if (before == null) {
                    policies.remove(policy.tenantId());
                } else {
                    policies.put(policy.tenantId(), before);
                }
            });
        });
    }

    @Override
    public Optional<CasePolicy> find(TenantId tenantId) {
        return transactions.inTransaction(() -> Optional.ofNullable(policies.get(tenantId)));
    }
}
