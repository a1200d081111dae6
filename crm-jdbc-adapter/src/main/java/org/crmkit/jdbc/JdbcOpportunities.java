package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.sales.Opportunities;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.SalesFunnel;
import org.crmkit.sales.StageChange;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Opportunities in {@code crm_sales_opportunity} (JSON documents), their append-only steps in
 * {@code crm_sales_stage_step}, funnels in {@code crm_sales_funnel}.
 */
final class JdbcOpportunities implements Opportunities {

    private static final List<String> COLUMNS = List.of("customer_id");
    /** Ids per history query, well within every driver's parameter limit. */
    private static final int IDS_PER_QUERY = 500;

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonRows<Opportunity> rows;

    JdbcOpportunities(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.rows = new JsonRows<>(transactions, dialect, "crm_sales_opportunity", "opportunity_id", Opportunity.class);
    }

    @Override
    public boolean insert(Opportunity opportunity, StageChange opening) {
        if (!rows.insert(opportunity.tenantId(), opportunity.opportunityId(), opportunity.creationKey(), opportunity.version(), opportunity,
                COLUMNS, JdbcLeads.customer(opportunity.customerId()))) {
            return false;
        }
        append(opening);
        return true;
    }

    @Override
    public Optional<Opportunity> find(TenantId tenantId, String opportunityId) {
        return rows.find(tenantId, opportunityId);
    }

    @Override
    public Optional<Opportunity> findByKey(TenantId tenantId, String creationKey) {
        return rows.findByKey(tenantId, creationKey);
    }

    @Override
    public boolean update(Opportunity opportunity, long expectedVersion, StageChange change) {
        if (!rows.update(opportunity.tenantId(), opportunity.opportunityId(), expectedVersion, opportunity.version(), opportunity, COLUMNS,
                JdbcLeads.customer(opportunity.customerId()))) {
            return false;
        }
        if (change != null) {
            append(change);
        }
        return true;
    }

    private void append(StageChange step) {
        transactions.withConnection(c -> Sql.update(c, "INSERT INTO crm_sales_stage_step (tenant_id, opportunity_id, sequence, from_stage,"
                        + " to_stage, at) VALUES (?, ?, ?, ?, ?, ?)", step.tenantId().value(), step.opportunityId(), step.sequence(),
                Sql.text(step.fromStage()), step.toStage(), step.at()));
    }

    @Override
    public Page<Opportunity> list(TenantId tenantId, PageRequest request) {
        return rows.page(tenantId, request);
    }

    @Override
    public List<Opportunity> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return rows.where("customer_id = ?", tenantId, customerId.value());
    }

    @Override
    public List<StageChange> histories(TenantId tenantId, Collection<String> opportunityIds) {
        List<String> ids = opportunityIds.stream().distinct().sorted().toList();
        List<StageChange> steps = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Object[] params = Stream.concat(Stream.of(tenantId.value()), part.stream()).toArray();
            steps.addAll(transactions.withConnection(c -> {
                List<StageChange> found = new ArrayList<>();
                try (PreparedStatement s = Sql.prepare(c, "SELECT opportunity_id, sequence, from_stage, to_stage, at FROM crm_sales_stage_step"
                        + " WHERE tenant_id = ? AND opportunity_id IN (" + Sql.placeholders(part.size()) + ") ORDER BY opportunity_id, sequence",
                        params); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new StageChange(tenantId, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                Sql.instant(rs, "at")));
                    }
                }
                return found;
            }));
        }
        return steps;
    }

    @Override
    public Optional<SalesFunnel> funnel(TenantId tenantId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT stages FROM crm_sales_funnel WHERE tenant_id = ?", tenantId.value());
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new SalesFunnel(tenantId, Arrays.asList(rs.getString(1).split(",")))) : Optional.empty();
            }
        });
    }

    @Override
    public void saveFunnel(SalesFunnel funnel) {
        transactions.withConnection(c -> Sql.update(c, dialect.upsert("crm_sales_funnel", "tenant_id, stages", "tenant_id", 1, "stages"),
                funnel.tenantId().value(), String.join(",", funnel.stages())));
    }
}
