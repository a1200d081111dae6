package org.crmkit.inmemory;

import java.util.List;
import java.util.Optional;
import org.crmkit.sales.Lead;
import org.crmkit.sales.Leads;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/** Leads by tenant and id. */
final class InMemoryLeads implements Leads {

    private final InMemoryTransactions transactions;
    private final VersionedRows<Lead> rows;

    InMemoryLeads(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new VersionedRows<>(transactions, Lead::version);
    }

    @Override
    public boolean insert(Lead lead) {
        return transactions.inTransaction(() -> rows.insert(lead.tenantId(), lead.leadId(), lead.creationKey(), lead));
    }

    @Override
    public Optional<Lead> find(TenantId tenantId, String leadId) {
        return transactions.inTransaction(() -> rows.find(tenantId, leadId));
    }

    @Override
    public Optional<Lead> findByKey(TenantId tenantId, String creationKey) {
        return transactions.inTransaction(() -> rows.findByKey(tenantId, creationKey));
    }

    @Override
    public boolean update(Lead lead, long expectedVersion) {
        return transactions.inTransaction(() -> rows.update(lead.tenantId(), lead.leadId(), lead, expectedVersion));
    }

    @Override
    public Page<Lead> list(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> rows.page(tenantId, request));
    }

    @Override
    public List<Lead> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> rows.all(tenantId).filter(l -> customerId.equals(l.customerId())).toList());
    }
}
