package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * Value scores over SQL: one row per customer in crm_customer_value, replaced by each scoring run.
 * A page of scores is one upsert: on PostgreSQL sent with the unit's next round trip (its rows as
 * {@link ArrayRows}, or multi-row {@code VALUES} on Citus), on H2 a JDBC batch.
 */
final class JdbcCustomerValues implements CustomerValues {

    /** Everything a scoring run writes about a customer. */
    private static final String[] SCORES = {"scored_at", "recency_days", "frequency", "monetary", "r", "f", "m", "segment", "p_alive",
        "expected_purchases", "expected_spend", "clv", "value_level"};
    private static final String COLUMNS = "customer_id, " + String.join(", ", SCORES);
    /** A page after a customer id; ordered by the whole key, so H2 reads it in index order instead of sorting the rest. */
    static final String PAGE = "SELECT " + COLUMNS + " FROM crm_customer_value WHERE tenant_id = ? AND customer_id > ?"
            + " ORDER BY tenant_id, customer_id LIMIT ?";

    /** The SQL types of {@code tenant_id, } and {@link #COLUMNS}, in order. */
    private static final String TYPES = "text, text, timestamptz, bigint, bigint, numeric, smallint, smallint, smallint, text, float8, float8,"
            + " numeric, numeric, text";
    /** A page of scores as arrays; a new scoring run replaces every score of the customer. */
    private static final String UPSERT_ARRAYS = "INSERT INTO crm_customer_value (tenant_id, " + COLUMNS + ") SELECT tenant_id, " + COLUMNS
            + " FROM " + ArrayRows.unnest("v", "tenant_id, " + COLUMNS, TYPES) + Dialect.onConflictUpdate("tenant_id, customer_id", SCORES);
    /** Rows per multi-row upsert on Citus: 15 parameters each, well under PostgreSQL's 65,535 a statement. */
    private static final int ROWS_TOGETHER = 1000;

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
        if (!dialect.sendsStatementsTogether()) {
            String sql = upsert(1);
            List<Object[]> rows = values.stream().map(JdbcCustomerValues::row).toList();
            transactions.withConnection(c -> Sql.batch(c, sql, rows));
            return;
        }
        // one statement may upsert a key once: a customer given twice keeps the later value, as one after the other would
        Map<List<String>, Object[]> latest = new LinkedHashMap<>();
        values.forEach(v -> latest.put(List.of(v.tenantId().value(), v.customerId().value()), row(v)));
        List<Object[]> rows = List.copyOf(latest.values());
        // the scores go with the unit's next round trip (in a scoring run, the read of the page's stages)
        if (transactions.sendsArrays()) {
            defer(UPSERT_ARRAYS, ArrayRows.params(rows));
            return;
        }
        for (int from = 0; from < rows.size(); from += ROWS_TOGETHER) {
            List<Object[]> some = rows.subList(from, Math.min(rows.size(), from + ROWS_TOGETHER));
            defer(upsert(some.size()), some.stream().flatMap(Arrays::stream).toArray());
        }
    }

    /** The upsert of {@code rows} rows of scores: a new scoring run replaces every score of the customer. */
    private String upsert(int rows) {
        return dialect.upsert("crm_customer_value", "tenant_id, " + COLUMNS, "tenant_id, customer_id", rows, SCORES);
    }

    private void defer(String sql, Object[] params) {
        transactions.writeWithNext(new JdbcTransactions.DeferredStatement(sql, params, JdbcTransactions.ANY_RESULT,
                JdbcTransactions.STORAGE_ERROR));
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
        Set<CustomerId> wanted = new HashSet<>(customerIds); // on H2 the range read also holds others' rows
        List<Object> params = new ArrayList<>(List.of(tenantId.value()));
        params.addAll(IdList.rangeParams(dialect, customerIds.stream().map(CustomerId::value).toList()));
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_customer_value WHERE tenant_id = ? AND "
                    + IdList.rangeCondition(dialect, "customer_id", customerIds.size()), params.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CustomerValue value = value(rs, tenantId);
                    if (wanted.contains(value.customerId())) {
                        found.put(value.customerId(), value);
                    }
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
