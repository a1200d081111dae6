package org.crmkit.jdbc;

import java.util.List;
import java.util.Optional;
import org.crmkit.sales.Lead;
import org.crmkit.sales.Leads;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/** Leads in {@code crm_sales_lead}, each a JSON document beside its customer id. */
final class JdbcLeads implements Leads {

    private static final List<String> COLUMNS = List.of("customer_id");

    private final JsonRows<Lead> rows;

    JdbcLeads(JdbcTransactions transactions, Dialect dialect) {
        this.rows = new JsonRows<>(transactions, dialect, "crm_sales_lead", "lead_id", Lead.class);
    }

    @Override
    public boolean insert(Lead lead) {
        return rows.insert(lead.tenantId(), lead.leadId(), lead.creationKey(), lead.version(), lead, COLUMNS, customer(lead.customerId()));
    }

    @Override
    public Optional<Lead> find(TenantId tenantId, String leadId) {
        return rows.find(tenantId, leadId);
    }

    @Override
    public Optional<Lead> findByKey(TenantId tenantId, String creationKey) {
        return rows.findByKey(tenantId, creationKey);
    }

    @Override
    public boolean update(Lead lead, long expectedVersion) {
        return rows.update(lead.tenantId(), lead.leadId(), expectedVersion, lead.version(), lead, COLUMNS, customer(lead.customerId()));
    }

    @Override
    public Page<Lead> list(TenantId tenantId, PageRequest request) {
        return rows.page(tenantId, request);
    }

    @Override
    public List<Lead> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return rows.where("customer_id = ?", tenantId, customerId.value());
    }

    static Object customer(CustomerId customerId) {
        return Sql.text(customerId == null ? null : customerId.value());
    }
}
