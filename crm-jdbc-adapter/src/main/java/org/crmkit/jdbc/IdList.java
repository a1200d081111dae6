package org.crmkit.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Some ids of one column as a condition, for reading a page of rows by id at once. On H2: the
 * range of the ids, which an index can seek (H2 does not seek an IN list on a later index column),
 * then the ids in an IN list (a page at most). On PostgreSQL: one array parameter ({@code = ANY
 * (?)}), so the statement has the same text and one parameter whatever the count and is planned
 * once, not once per count with hundreds of parameters; or, where another index of the table
 * starts with the tenant, the array's ids looked up one by one ({@link #eachId}). One id is one
 * equality.
 */
final class IdList {

    private IdList() {}

    /**
     * On PostgreSQL, the rows of {@code inner} for each id of an array parameter, looked up id by
     * id: {@code SELECT columns FROM unnest(?::text[]) WITH ORDINALITY AS ids(id, n) CROSS JOIN
     * LATERAL (inner OFFSET 0) AS x} and {@code tail}, where {@code inner} compares the id's column
     * with {@code ids.id} and {@code tail} may order by {@code ids.n} (the ids' order) or group.
     * Bind the ids first ({@link #sortedArray}), then {@code inner}'s parameters.
     *
     * <p>Why not {@code column = ANY (?)}: where the table has another index that starts with the
     * tenant (a primary key on the tenant and another id), a plan made once for any tenant (the plan
     * PostgreSQL keeps for a prepared statement), or made while the table's statistics were still
     * empty, may read the tenant's rows through that index and compare each with every id of the
     * array: with many small tenants and one large one, or right after a bulk load, a page of 500
     * ids then read the whole tenant 500 times over (174 ms a page of 20,000 rows, against 1.4 ms).
     * The fence ({@code OFFSET 0}) keeps the lateral query a nested loop, each id one lookup in the
     * index on the tenant and that column, whatever the planner assumes of the tenant's size.
     */
    static String eachId(String columns, String inner, String tail) {
        return "SELECT " + columns + " FROM unnest(?::text[]) WITH ORDINALITY AS ids(id, n) CROSS JOIN LATERAL (" + inner
                + " OFFSET 0) AS x" + tail;
    }

    /** The ids, each once and sorted, as the one parameter {@link #eachId} binds first. */
    static String[] sortedArray(Collection<String> ids) {
        return ids.stream().distinct().sorted().toArray(String[]::new);
    }

    /** The condition on {@code column} for {@code count} ids, without a leading AND; bind with {@link #params}. */
    static String condition(Dialect dialect, String column, int count) {
        if (count == 1) {
            return column + " = ?";
        }
        if (dialect == Dialect.POSTGRESQL) {
            return column + " = ANY (?)";
        }
        return column + " >= ? AND " + column + " <= ? AND " + column + " IN (" + Sql.placeholders(count) + ")";
    }

    /** The parameters of {@link #condition} for {@code ids} (not empty). */
    static List<Object> params(Dialect dialect, Collection<String> ids) {
        String[] sorted = ids.stream().sorted().toArray(String[]::new);
        if (sorted.length == 1) {
            return List.of(sorted[0]);
        }
        if (dialect == Dialect.POSTGRESQL) {
            return List.of((Object) sorted);
        }
        List<Object> params = new ArrayList<>(sorted.length + 2);
        params.add(sorted[0]);
        params.add(sorted[sorted.length - 1]);
        params.addAll(Arrays.asList(sorted));
        return params;
    }

    /**
     * For a read (never a lock) of the rows of some ids: on H2 only the range of the ids, and the caller keeps a row when its id is
     * one of them; on PostgreSQL {@link #condition}, whose rows are all the caller's. H2 visits every row of the range either way
     * (it seeks no IN list on a later index column), but with the IN list it then compared each row with every id, a page's 500,
     * where the caller's set of ids looks it up once. Bind with {@link #rangeParams}.
     */
    static String rangeCondition(Dialect dialect, String column, int count) {
        if (count == 1 || dialect == Dialect.POSTGRESQL) {
            return condition(dialect, column, count);
        }
        return column + " >= ? AND " + column + " <= ?";
    }

    /** The parameters of {@link #rangeCondition} for {@code ids} (not empty). */
    static List<Object> rangeParams(Dialect dialect, Collection<String> ids) {
        List<Object> params = params(dialect, ids);
        return ids.size() == 1 || dialect == Dialect.POSTGRESQL ? params : params.subList(0, 2);
    }
}
