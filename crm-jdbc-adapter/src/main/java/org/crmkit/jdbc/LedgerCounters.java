package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.crmkit.shared.TenantId;

/**
 * Named counters per tenant in crm_counter (campaign budgets, one-off claims, tier sequences), shared
 * by the points ledger and the tier memberships. A counter is locked for the rest of the unit of
 * work (see {@link Dialect#lockingRead}).
 */
final class LedgerCounters {

    private static final String WHERE_COUNTER = " WHERE tenant_id = ? AND name = ?";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final Dialect.LockingRead lockCounter;

    LedgerCounters(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.lockCounter = dialect.lockingRead("SELECT counter_value FROM crm_counter" + WHERE_COUNTER,
                "UPDATE crm_counter SET counter_value = counter_value" + WHERE_COUNTER);
    }

    /** Locks the counter, creating it at 0 if it does not exist, and returns its value. */
    long lock(TenantId tenantId, String name) {
        return transactions.withConnection(c -> {
            Optional<Long> value = select(c, tenantId, name);
            if (value.isPresent()) {
                return value.get();
            }
            dialect.insertIfAbsent(c, "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 0)", tenantId.value(), name);
            return select(c, tenantId, name).orElseThrow();
        });
    }

    /** Creates the counter at 1; false if it already existed. */
    boolean claim(TenantId tenantId, String name) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c,
                "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 1)", tenantId.value(), name));
    }

    /** Sets a counter this unit of work locked. */
    void set(TenantId tenantId, String name, long value) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_counter SET counter_value = ?" + WHERE_COUNTER,
                value, tenantId.value(), name));
    }

    private Optional<Long> select(Connection c, TenantId tenantId, String name) throws SQLException {
        try (PreparedStatement s = lockCounter.prepare(c, tenantId.value(), name); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }
}
