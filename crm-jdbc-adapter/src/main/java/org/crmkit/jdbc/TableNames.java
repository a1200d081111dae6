package org.crmkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Where crmkit's tables live: an optional schema and the prefix of every name crmkit creates
 * (tables, indexes, constraints, the trigger function, the Flyway history table). The SQL in the
 * adapter and in the migrations is written once with the canonical prefix {@value #CANONICAL_PREFIX}
 * and no schema; this maps it. A statement's text is mapped once and kept, so a statement prepared
 * again costs one map lookup; with the canonical names nothing is mapped at all.
 */
final class TableNames {

    /** The prefix the SQL is written with, and the default. */
    static final String CANONICAL_PREFIX = "crm_";
    /**
     * The longest prefix accepted: with it, the longest name in the migrations (31 characters after
     * the prefix) stays within PostgreSQL's 63 bytes with room for longer names later;
     * MigrationScriptsTest holds every name to it.
     */
    static final int MAX_PREFIX_LENGTH = 24;
    /** PostgreSQL's limit for an identifier (H2 allows more). */
    static final int MAX_IDENTIFIER_LENGTH = 63;
    /** Statements mapped and kept at most; beyond, a statement is mapped anew each time (cheap, but not free). */
    private static final int MAX_KEPT = 10_000;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> MAPPED_METHODS = Set.of("prepareStatement", "prepareCall", "nativeSQL");

    private final @Nullable String schema;
    private final String prefix;
    private final Set<String> tables;
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    /**
     * @param tables the canonical names of the tables (and functions) the migrations create, qualified
     *     with the schema in statements (other names, such as constraints, only take the prefix)
     */
    TableNames(@Nullable String schema, String prefix, Set<String> tables) {
        this.schema = schema;
        this.prefix = prefix;
        this.tables = Set.copyOf(tables);
    }

    /** Checks a schema name, adding what is wrong to {@code problems}. */
    static void checkSchema(String schema, List<Violation> problems) {
        if (!IDENTIFIER.matcher(schema).matches() || schema.length() > MAX_IDENTIFIER_LENGTH) {
            problems.add(Violation.of("schema", schema, "must be 1 to " + MAX_IDENTIFIER_LENGTH
                    + " characters a-z, 0-9 or _, starting with a letter (an unquoted identifier that H2 and PostgreSQL fold alike)"));
        }
    }

    /** Checks a table prefix, adding what is wrong to {@code problems}. */
    static void checkPrefix(String prefix, List<Violation> problems) {
        if (!IDENTIFIER.matcher(prefix).matches() || prefix.length() > MAX_PREFIX_LENGTH) {
            problems.add(Violation.of("tablePrefix", prefix, "must be 1 to " + MAX_PREFIX_LENGTH
                    + " characters a-z, 0-9 or _, starting with a letter, so that every table, index and constraint name"
                    + " stays an unquoted identifier within PostgreSQL's " + MAX_IDENTIFIER_LENGTH + " bytes"));
        }
    }

    /** Checks both, throwing one exception that lists every problem. */
    static void check(@Nullable String schema, String prefix) {
        List<Violation> problems = new java.util.ArrayList<>();
        if (schema != null) {
            checkSchema(schema, problems);
        }
        checkPrefix(prefix, problems);
        ValidationException.throwIfAny("JdbcStorage", problems);
    }

    /** The schema, or null for the connection's default schema. */
    @Nullable
    String schema() {
        return schema;
    }

    /** The prefix of every name. */
    String prefix() {
        return prefix;
    }

    /** The Flyway history table's name (without schema). */
    String historyTable() {
        return prefix + "schema_history";
    }

    /** Whether any name differs from the canonical one. */
    boolean renames() {
        return schema != null || !prefix.equals(CANONICAL_PREFIX);
    }

    /** A statement with its table names qualified by the schema and every canonical prefix replaced. */
    String statement(String sql) {
        if (!renames()) {
            return sql;
        }
        String mapped = kept.get(sql);
        if (mapped == null) {
            mapped = map(sql, true);
            if (kept.size() < MAX_KEPT) {
                kept.put(sql, mapped);
            }
        }
        return mapped;
    }

    /**
     * A migration script with every canonical prefix replaced and nothing qualified: Flyway runs
     * it with the schema as the connection's current schema.
     */
    String migration(String script) {
        return prefix.equals(CANONICAL_PREFIX) ? script : map(script, false);
    }

    /**
     * {@code connection} as crmkit's SQL sees it: statements it prepares are {@linkplain
     * #statement mapped}; every other call goes straight through. The connection itself when
     * nothing is renamed.
     */
    Connection connection(Connection connection) {
        if (!renames()) {
            return connection;
        }
        InvocationHandler handler = new MappingHandler(connection);
        return (Connection) Proxy.newProxyInstance(TableNames.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /** Replaces each identifier that starts with the canonical prefix; a scan, no regular expression. */
    private String map(String sql, boolean qualifyTables) {
        StringBuilder out = new StringBuilder(sql.length() + 32);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (!isIdentifierPart(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && isIdentifierPart(sql.charAt(end))) {
                end++;
            }
            boolean standsAlone = i == 0 || (sql.charAt(i - 1) != '.' && sql.charAt(i - 1) != '"');
            if (standsAlone && sql.startsWith(CANONICAL_PREFIX, i) && end > i + CANONICAL_PREFIX.length()) {
                String name = sql.substring(i, end);
                if (qualifyTables && schema != null && tables.contains(name)) {
                    out.append(schema).append('.');
                }
                out.append(prefix).append(name, CANONICAL_PREFIX.length(), name.length());
            } else {
                out.append(sql, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isIdentifierPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }

    /** Maps the SQL of the statements a connection prepares. */
    private final class MappingHandler implements InvocationHandler {
        private final Connection target;

        MappingHandler(Connection target) {
            this.target = target;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
            String name = method.getName();
            if (args != null && args.length > 0 && args[0] instanceof String sql && MAPPED_METHODS.contains(name)) {
                args[0] = statement(sql);
            }
            return Delegation.delegate(proxy, target, method, args);
        }
    }
}
