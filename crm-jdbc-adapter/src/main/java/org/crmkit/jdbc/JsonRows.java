package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * A table of small aggregates kept as one JSON document each ({@code doc}), beside the columns
 * that find and guard them: the tenant, the id, the creation (idempotency) key, the version and
 * the columns a query selects on. Inserted if absent, replaced by optimistic version, paged by id.
 */
final class JsonRows<V> {

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String table;
    private final String idColumn;
    private final Class<V> type;

    JsonRows(JdbcTransactions transactions, Dialect dialect, String table, String idColumn, Class<V> type) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.table = table;
        this.idColumn = idColumn;
        this.type = type;
    }

    /** Inserts the row unless its id or creation key is taken; {@code columns} name the {@code values} after the document. */
    boolean insert(TenantId tenantId, String id, String creationKey, long version, V doc, List<String> columns, Object... values) {
        String names = Stream.concat(Stream.of("tenant_id", idColumn, "creation_key", "version", "doc"), columns.stream())
                .collect(Collectors.joining(", "));
        Object[] params = Stream.concat(Stream.of(tenantId.value(), id, creationKey, version, Json.write(doc)), Arrays.stream(values))
                .toArray();
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, Sql.insert(table, names, 1), params));
    }

    /** Replaces the row if it is at {@code expectedVersion}; {@code columns} name the {@code values} after the document. */
    boolean update(TenantId tenantId, String id, long expectedVersion, long version, V doc, List<String> columns, Object... values) {
        String sets = Stream.concat(Stream.of("version", "doc"), columns.stream()).map(c -> c + " = ?").collect(Collectors.joining(", "));
        Object[] params = Stream.of(Stream.of((Object) version, Json.write(doc)), Arrays.stream(values),
                Stream.of(tenantId.value(), id, expectedVersion)).flatMap(s -> s).toArray();
        return transactions.withConnection(c -> Sql.update(c, "UPDATE " + table + " SET " + sets + " WHERE tenant_id = ? AND " + idColumn
                + " = ? AND version = ?", params)) == 1;
    }

    Optional<V> find(TenantId tenantId, String id) {
        return where(idColumn + " = ?", tenantId, id).stream().findFirst();
    }

    Optional<V> findByKey(TenantId tenantId, String creationKey) {
        return where("creation_key = ?", tenantId, creationKey).stream().findFirst();
    }

    /** The tenant's rows meeting {@code condition} (after {@code tenant_id = ? AND}), by id. */
    List<V> where(String condition, TenantId tenantId, Object... params) {
        return select("SELECT doc FROM " + table + TenantFilter.where(tenantId, condition + " ORDER BY " + idColumn),
                TenantFilter.parameters(tenantId, params));
    }

    Page<V> page(TenantId tenantId, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value()));
        String after = request.cursor() == null ? "" : " AND " + idColumn + " > ?";
        if (request.cursor() != null) {
            params.add(request.cursor());
        }
        params.add(request.limit() + 1);
        List<String> ids = new ArrayList<>();
        List<V> rows = transactions.withConnection(c -> {
            List<V> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + idColumn + ", doc FROM " + table + " WHERE tenant_id = ?" + after
                    + " ORDER BY " + idColumn + " LIMIT ?", params.toArray()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    found.add(Json.read(rs.getString(2), type));
                }
            }
            return found;
        });
        boolean more = rows.size() > request.limit();
        return more ? Page.of(rows.subList(0, request.limit()), ids.get(request.limit() - 1)) : Page.of(rows, null);
    }

    List<V> select(String sql, Object... params) {
        return transactions.withConnection(c -> {
            List<V> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(Json.read(rs.getString("doc"), type));
                }
            }
            return found;
        });
    }
}
