package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.CustomerValues;
import org.crmkit.value.scoring.Prediction;
import org.crmkit.value.scoring.RfmScore;
import org.crmkit.value.scoring.RfmSegment;
import org.crmkit.value.scoring.ValueLevel;

/** Value scores over SQL: one row per customer in crm_customer_value, replaced by each scoring run in JDBC batches. */
final class JdbcCustomerValues implements CustomerValues {

    /** Everything a scoring run writes about a customer. */
    private static final String[] SCORES = {"scored_at", "recency_days", "frequency", "monetary", "r", "f", "m", "segment", "p_alive",
        "expected_purchases", "expected_spend", "clv", "value_level"};
    private static final String COLUMNS = "customer_id, " + String.join(", ", SCORES);
    /** A page after a customer id; ordered by the whole key, so H2 reads it in index order instead of sorting the rest. */
    static final String PAGE = "SELECT " + COLUMNS + " FROM crm_customer_value WHERE tenant_id = ? AND customer_id > ?"
            + " ORDER BY tenant_id, customer_id LIMIT ?";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcCustomerValues(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void saveAll(List<CustomerValue> values) {
        if (values.isEmpty()) {
            return;
        }
        // a new scoring run replaces every score of the customer
        String sql = dialect.upsert("crm_customer_value", "tenant_id, " + COLUMNS, "tenant_id, customer_id", 1, SCORES);
        List<Object[]> rows = values.stream().map(JdbcCustomerValues::row).toList();
        transactions.withConnection(c -> Sql.batch(c, sql, rows));
    }

    private static Object[] row(CustomerValue v) {
        Optional<Prediction> p = v.prediction();
        return new Object[] {v.tenantId().value(), v.customerId().value(), v.scoredAt(), v.rfm().recencyDays(), v.rfm().frequency(),
            v.rfm().monetary(), v.rfm().r(), v.rfm().f(), v.rfm().m(), v.rfm().segment(),
            p.isPresent() ? (Object) p.get().pAlive() : Sql.NULL_DOUBLE,
            p.isPresent() ? (Object) p.get().expectedPurchases() : Sql.NULL_DOUBLE,
            p.isPresent() ? (Object) p.get().expectedSpend() : Sql.NULL_DECIMAL,
            p.isPresent() ? (Object) p.get().clv() : Sql.NULL_DECIMAL, v.level()};
    }

    @Override
    public Optional<CustomerValue> find(TenantId tenantId, CustomerId customerId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_customer_value WHERE tenant_id = ? AND customer_id = ?",
                    tenantId.value(), customerId.value());
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(value(rs, tenantId)) : Optional.<CustomerValue>empty();
            }
        });
    }

    @Override
    public Map<CustomerId, CustomerValue> findAll(TenantId tenantId, Collection<CustomerId> customerIds) {
        Map<CustomerId, CustomerValue> found = new HashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_customer_value WHERE "
                    + IdList.tenantAndCustomers(dialect, customerIds.size()), IdList.tenantAndCustomers(dialect, tenantId, customerIds));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CustomerValue value = value(rs, tenantId);
                    found.put(value.customerId(), value);
                }
            }
            return found;
        });
    }

    @Override
    public Page<CustomerValue> page(TenantId tenantId, PageRequest request) {
        return transactions.withConnection(c -> {
            String after = request.cursorValue().map(cursor -> CursorCodec.decode(cursor, 1).get(0)).orElse("");
            List<CustomerValue> items = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, PAGE, tenantId.value(), after, request.limit() + 1);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(value(rs, tenantId));
                }
            }
            boolean more = items.size() > request.limit();
            List<CustomerValue> page = more ? items.subList(0, request.limit()) : items;
            return Page.of(page, more ? CursorCodec.encode(page.get(page.size() - 1).customerId().value()) : null);
        });
    }

    private static CustomerValue value(ResultSet rs, TenantId tenantId) throws SQLException {
        RfmScore rfm = new RfmScore(rs.getLong("recency_days"), rs.getLong("frequency"), rs.getBigDecimal("monetary"),
                rs.getInt("r"), rs.getInt("f"), rs.getInt("m"), Sql.enumValue(rs, "segment", RfmSegment.class));
        BigDecimal clv = rs.getBigDecimal("clv");
        Optional<Prediction> prediction = clv == null ? Optional.empty() : Optional.of(new Prediction(rs.getDouble("p_alive"),
                rs.getDouble("expected_purchases"), rs.getBigDecimal("expected_spend"), clv));
        return new CustomerValue(tenantId, CustomerId.of(rs.getString("customer_id")), Sql.instant(rs, "scored_at"), rfm, prediction,
                Sql.enumValue(rs, "value_level", ValueLevel.class));
    }
}
