package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Named counters per tenant in crm_counter (campaign budgets, one-off claims, tier sequences), shared
 * by the points ledger and the tier memberships. A counter is locked for the rest of the unit of
 * work (see {@link Dialect#lockingRead}).
 */
final class LedgerCounters {

    private static final String WHERE_COUNTER = " WHERE tenant_id = ? AND name = ?";
    private static final String SET_COUNTER = "UPDATE crm_counter SET counter_value = ?" + WHERE_COUNTER;
    /** {@link #SET_COUNTER} for any number of counters, their rows as {@link ArrayRows} (PostgreSQL, not Citus). */
    private static final String SET_COUNTERS = "UPDATE crm_counter AS c SET counter_value = r.counter_value FROM "
            + ArrayRows.unnest("r", "counter_value, tenant_id, name", "bigint, text, text") + " WHERE c.tenant_id = r.tenant_id AND c.name = r.name";
    /** A claim ({@link #claim}): the tenant's counter, created at 1. */
    private static final String CLAIM = "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 1)";
    /** A claim where the database skips a taken name ({@code ON CONFLICT}, PostgreSQL): 1 row if it claimed, 0 if taken. */
    static final String CLAIM_UNLESS_TAKEN = CLAIM + " ON CONFLICT DO NOTHING";
    private static final String CREATE_AT_ZERO = "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 0)";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final Dialect.LockingRead lockCounter;

    LedgerCounters(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.lockCounter = dialect.lockingRead("SELECT counter_value FROM crm_counter" + WHERE_COUNTER,
                "UPDATE crm_counter SET counter_value = counter_value" + WHERE_COUNTER);
    }

    /**
     * Where a lock is one query (PostgreSQL): the query that locks and reads one counter sent with
     * the locks of the rows the unit locks before it (an account, a membership), so that it keeps
     * their order. It locks the rows of each of {@code lockFirst} (a locking query) first, and the
     * counter only if every one of them has its row: a row that the statements before found
     * missing, and the unit creates later, is created before its counter is locked, as when each
     * is locked in turn. Its parameters are the tenant id and the name, then those of each of
     * {@code lockFirst}; its result no row if the counter does not exist or a row is missing. Null
     * where locking takes a touch first (H2).
     */
    @Nullable String lockAfter(List<String> lockFirst) {
        if (lockCounter.touch() != null) {
            return null;
        }
        StringBuilder sql = new StringBuilder("SELECT counter_value FROM crm_counter").append(WHERE_COUNTER);
        for (int i = 0; i < lockFirst.size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM (").append(lockFirst.get(i)).append(") AS first").append(i).append(')');
        }
        return sql.append(" FOR UPDATE").toString();
    }

    /** Locks the counter, creating it at 0 if it does not exist, and returns its value. */
    long lock(TenantId tenantId, String name) {
        return transactions.withConnection(c -> {
            Optional<Long> value = select(c, tenantId, name);
            if (value.isPresent()) {
                return value.get();
            }
            dialect.insertIfAbsent(c, CREATE_AT_ZERO, tenantId.value(), name);
            return select(c, tenantId, name).orElseThrow();
        });
    }

    /**
     * Locks many counters in name order (so two units locking overlapping sets never wait on each
     * other), creating the missing ones at 0, and returns their values by name: one statement to
     * create, one to lock and read (two on H2, see {@link Dialect#lockingRead}), whatever the count.
     */
    Map<String, Long> lockAll(TenantId tenantId, Collection<String> names) {
        List<String> sorted = names.stream().distinct().sorted().toList();
        if (sorted.size() <= 1) {
            return sorted.isEmpty() ? Map.of() : Map.of(sorted.get(0), lock(tenantId, sorted.get(0)));
        }
        return transactions.withConnection(c -> {
            createMissing(c, tenantId, sorted);
            String where = whereNames(sorted);
            Dialect.LockingRead read = dialect.lockingRead("SELECT name, counter_value FROM crm_counter" + where + " ORDER BY name",
                    "UPDATE crm_counter SET counter_value = counter_value" + where);
            Map<String, Long> values = new HashMap<>();
            try (PreparedStatement s = read.prepare(c, tenantAndNames(tenantId, sorted)); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getLong(2));
                }
            }
            return values;
        });
    }

    /** Inserts at 0 the counters that do not exist yet; one that a concurrent unit inserts first is left to it. */
    private void createMissing(Connection c, TenantId tenantId, List<String> sorted) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            Sql.update(c, "INSERT INTO crm_counter (tenant_id, name, counter_value) SELECT ?, n, 0 FROM unnest(?::text[]) AS n"
                    + " ON CONFLICT DO NOTHING", tenantId.value(), sorted.toArray(String[]::new));
            return;
        }
        Set<String> existing = new HashSet<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT name FROM crm_counter" + whereNames(sorted), tenantAndNames(tenantId, sorted));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        for (String name : sorted) {
            if (!existing.contains(name)) {
                dialect.insertIfAbsent(c, CREATE_AT_ZERO, tenantId.value(), name);
            }
        }
    }

    /** The condition on the tenant and a list of counter names; bind with {@link #tenantAndNames}. */
    private String whereNames(List<String> sorted) {
        return " WHERE tenant_id = ? AND " + IdList.condition(dialect, "name", sorted.size());
    }

    private Object[] tenantAndNames(TenantId tenantId, List<String> sorted) {
        List<Object> params = new ArrayList<>();
        params.add(tenantId.value());
        params.addAll(IdList.params(dialect, sorted));
        return params.toArray();
    }

    /** Sets counters this unit of work locked, in one batch. */
    void setAll(TenantId tenantId, Map<String, Long> values) {
        if (values.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(values.size());
        new TreeMap<>(values).forEach((name, value) -> rows.add(new Object[] {value, tenantId.value(), name}));
        if (transactions.sendsArrays() && rows.size() > 1) {
            // the counters are locked: nothing can make this fail but the database, so it goes with the next round trip
            transactions.deferStatement(new JdbcTransactions.DeferredStatement(SET_COUNTERS, ArrayRows.params(rows), JdbcTransactions.ANY_RESULT,
                    JdbcTransactions.STORAGE_ERROR));
            return;
        }
        if (dialect.sendsStatementsTogether()) {
            // as above, one statement a counter (Citus, or a single counter)
            rows.forEach(row -> transactions.deferStatement(setting(row)));
            return;
        }
        transactions.withConnection(c -> Sql.batch(c, SET_COUNTER, rows));
    }

    /** Creates the counter at 1; false if it already existed. */
    boolean claim(TenantId tenantId, String name) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, CLAIM, tenantId.value(), name));
    }

    /** Sets a counter this unit of work locked. */
    void set(TenantId tenantId, String name, long value) {
        transactions.writeWithNext(setting(new Object[] {value, tenantId.value(), name}));
    }

    private static JdbcTransactions.DeferredStatement setting(Object[] row) {
        return new JdbcTransactions.DeferredStatement(SET_COUNTER, row, JdbcTransactions.ANY_RESULT, JdbcTransactions.STORAGE_ERROR);
    }

    private Optional<Long> select(Connection c, TenantId tenantId, String name) throws SQLException {
        try (PreparedStatement s = lockCounter.prepare(c, tenantId.value(), name); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }
}
