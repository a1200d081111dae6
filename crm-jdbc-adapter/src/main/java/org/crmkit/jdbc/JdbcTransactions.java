package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TransactionRunner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work on one connection per thread. A nested call joins the outer unit. The outermost
 * unit runs in the host's transaction if {@link HostTransactions} names one for the thread (between
 * a savepoint and its release, rolling back to the savepoint on any exception, never committing);
 * otherwise on a connection of its own, which it commits, or rolls back on any exception.
 */
final class JdbcTransactions implements TransactionRunner {

    /** Work on the current connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T extends @Nullable Object> {
        T apply(Connection connection) throws SQLException;
    }

    /** Checks the result of a deferred statement, which is the statement's current result. */
    @FunctionalInterface
    interface ResultCheck {
        void check(PreparedStatement statement) throws SQLException;
    }

    /**
     * A write sent with the unit's next flush instead of on its own.
     *
     * @param sql the statement
     * @param params its parameters
     * @param check what to make of its result, e.g. a row count that proves a version check
     * @param failure turns the statement's failure into the exception its caller documents, or
     *     returns null to report it as a storage error
     */
    record DeferredStatement(String sql, Object[] params, ResultCheck check, Function<SQLException, @Nullable RuntimeException> failure) {}

    /**
     * The outermost unit running on this thread: its connection, in a host's transaction its
     * savepoint, and the writes it sends later: statements before the unit's next statement,
     * append-only rows at its end.
     */
    private static final class Unit {
        final Connection connection;
        @Nullable Savepoint savepoint;
        final List<DeferredStatement> statements = new ArrayList<>();
        final Map<Table, List<Object[]>> deferred = new LinkedHashMap<>();
        /** Rows read ahead for a later read of the unit, by what they answer ({@link #keepReadAhead}). */
        final Map<Object, Object> readAhead = new HashMap<>();

        Unit(Connection connection, @Nullable Savepoint savepoint) {
            this.connection = connection;
            this.savepoint = savepoint;
        }

        boolean inHostTransaction() {
            return savepoint != null;
        }
    }

    /**
     * A table that rows are deferred to, with the statements that insert them, made once.
     *
     * @param insertOne the INSERT of one row
     * @param oneRow the placeholders of one more row: {@code , (?, ?, ...)}
     * @param insertArrays the INSERT of any number of rows sent as {@link ArrayRows}
     * @param head for rows that must take their ids in the order their units commit, per tenant,
     *     the row each tenant's units lock first ({@link #orderedBy}); null for other tables
     */
    record Table(String insertOne, String oneRow, String insertArrays, @Nullable Head head) {

        /** The table {@code name} with rows of {@code columns}, whose SQL types are {@code types} (comma-separated, in order). */
        static Table of(String name, String columns, String types) {
            return new Table(Sql.insert(name, columns, 1), ", " + Sql.rows(1, columns), ArrayRows.insert(name, columns, types), null);
        }

        /**
         * This table with its rows numbered in commit order per tenant: the rows' first column is
         * their tenant, and before a unit inserts them it locks its tenants' rows of {@code headTable}
         * (a {@code tenant_id} key and a {@code published} count), which it holds until it commits.
         * A unit of the same tenant that inserts later waits for that commit, so a tenant's rows take
         * their ids (an identity column) in the order their units commit. The rows are inserted only
         * when the unit ends, or before the table is read ({@link JdbcTransactions#readingDeferred}),
         * and after the unit's other deferred rows, so the lock is the last a unit takes: a unit that
         * holds it waits for nothing more before it commits (in a host's transaction, until the
         * host commits).
         */
        Table orderedBy(String headTable) {
            return new Table(insertOne, oneRow, insertArrays, new Head(
                    "INSERT INTO " + headTable + " (tenant_id, published) VALUES (?, ?) ON CONFLICT (tenant_id) DO UPDATE SET published = "
                            + headTable + ".published + EXCLUDED.published",
                    "UPDATE " + headTable + " SET published = published + ? WHERE tenant_id = ?",
                    Sql.insert(headTable, "tenant_id, published", 1)));
        }

        /** The INSERT of {@code rows} rows. */
        String insert(int rows) {
            return insertOne + oneRow.repeat(rows - 1);
        }

        /** Whether rows of this table wait for the unit's end ({@link #orderedBy}). */
        boolean inCommitOrder() {
            return head != null;
        }
    }

    /**
     * The statements that lock a tenant's head row, counting the rows it adds: one upsert where
     * the database has {@code ON CONFLICT}, else an update and, for a tenant's first rows, an insert.
     */
    record Head(String upsert, String update, String insert) {

        /** How many of {@code rows} each tenant (first column) has, in the tenants' order, so that units lock heads in one order. */
        static SortedMap<String, Long> counts(List<Object[]> rows) {
            SortedMap<String, Long> counts = new TreeMap<>();
            rows.forEach(row -> counts.merge((String) row[0], 1L, Long::sum));
            return counts;
        }

        /**
         * Locks the tenant's head with a statement of its own: the upsert where statements go
         * together (PostgreSQL, whose flush was too large for one round trip); on H2, which keeps
         * the transaction after a duplicate key, the update, and the insert if the head is new.
         */
        void lock(Connection c, Dialect dialect, String tenant, long added) throws SQLException {
            if (dialect.sendsStatementsTogether()) {
                Sql.update(c, upsert, tenant, added);
            } else if (Sql.update(c, update, added, tenant) == 0 && !dialect.insertIfAbsent(c, insert, tenant, added)) {
                // another unit created the tenant's head a moment ago: lock it now that it exists
                Sql.update(c, update, added, tenant);
            }
        }
    }

    /**
     * The most parameters one flush binds in a single statement; past it each table gets a batch
     * (PostgreSQL takes at most 65,535 parameters per statement).
     */
    private static final int MAX_PARAMETERS_TOGETHER = 30_000;

    /** The most deferred rows of one table that go as a {@code VALUES} list where arrays are used ({@link #asArrays}). */
    private static final int ROWS_AS_VALUES = 4;

    private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final HostTransactions host;
    private final TableNames names;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final @Nullable DataSource replica;
    private final boolean arrays;
    /**
     * Whether the database checks version guards itself and a unit's last round trip carries its
     * COMMIT (PostgreSQL; not Citus, where a guard wrapped in a common table expression would run
     * through the coordinator, and where the COMMIT in the last round trip has not been tried).
     */
    private final boolean commitsWithLastWrites;
    /** On H2, the statements kept on pooled connections between units of work; null elsewhere. */
    private final @Nullable KeptStatements kept;

    /** @param names maps the table names of every statement prepared on a unit's connection */
    JdbcTransactions(DataSource dataSource, Dialect dialect, HostTransactions host, TableNames names) {
        this(dataSource, null, dialect, false, host, names);
    }

    /**
     * @param replica where reads that may lag run when no unit of work is open, or null to run them on {@code dataSource}
     * @param citus whether the database is a Citus coordinator (deferred rows then go as multi-row {@code VALUES}, see {@link ArrayRows})
     */
    JdbcTransactions(DataSource dataSource, @Nullable DataSource replica, Dialect dialect, boolean citus, HostTransactions host,
            TableNames names) {
        this.dataSource = dataSource;
        this.replica = replica;
        this.dialect = dialect;
        this.arrays = ArrayRows.usedBy(dialect, citus);
        this.commitsWithLastWrites = dialect == Dialect.POSTGRESQL && !citus;
        this.host = host;
        this.names = names;
        this.kept = dialect == Dialect.H2 ? new KeptStatements() : null;
    }

    @Override
    public <T extends @Nullable Object> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection hosts = host.currentConnection();
        return hosts != null ? inHostTransaction(hosts, work) : inOwnTransaction(work, dataSource);
    }

    /**
     * Runs reads that may lag behind the latest writes: in the unit of work already open on this
     * thread if there is one (so a write's reads stay on the primary), otherwise in a read-only unit
     * of their own on the replica, or on the primary without one.
     */
    <T extends @Nullable Object> T inLaggingRead(Supplier<T> work) {
        if (replica == null || current.get() != null || host.currentConnection() != null) {
            return inTransaction(work);
        }
        return inOwnTransaction(work, replica);
    }

    @Override
    public boolean inUnitOfWork() {
        return current.get() != null || host.currentConnection() != null;
    }

    /** Runs {@code work} on the current unit of work's connection, in a new unit if none is open. */
    <T extends @Nullable Object> T withConnection(SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                Unit unit = current.get();
                if (unit.statements.isEmpty()) {
                    return work.apply(unit.connection);
                }
                if (dialect.sendsStatementsTogether()) {
                    // a deferred statement goes before anything that might read what it writes, in its round trip
                    return work.apply(WritesAhead.connection(unit.connection, pending(unit)));
                }
                flush(unit, false);
                return work.apply(unit.connection);
            } catch (SQLException e) {
                throw new StorageException("database error (SQLSTATE " + e.getSQLState() + "); see the cause", e);
            }
        });
    }

    /**
     * Runs {@code work} like {@link #withConnection}, after writing the unit's deferred rows: every
     * read of a table that takes deferred inserts goes through here, naming it, so it sees what this
     * unit added. Rows of tables in commit order ({@link Table#orderedBy}) are written only when
     * such a table is read, since writing them locks the tenant's head until the unit ends.
     */
    <T extends @Nullable Object> T readingDeferred(Table read, SqlWork<T> work) {
        return withConnection(c -> {
            flush(current.get(), read.inCommitOrder());
            return work.apply(c);
        });
    }

    /**
     * Adds a row to insert into {@code table} when the unit of work ends (or before anything reads
     * the table through {@link #readingDeferred}): append-only rows that nothing in the unit reads
     * back, such as outbox events and timeline lines, go to the database together instead of a
     * round trip each. Opens a unit of work of its own if none is running.
     */
    void deferInsert(Table table, Object... row) {
        inTransaction(() -> current.get().deferred.computeIfAbsent(table, k -> new ArrayList<>()).add(row));
    }

    /**
     * Keeps {@code value}, read on the way by another statement of the current unit of work, for
     * the unit's next read of what {@code key} names ({@link #takeReadAhead}): a read the unit will
     * make anyway, sent in an earlier round trip so that it needs none of its own. The repository
     * that owns the rows drops it when the unit writes or locks them ({@link #dropReadAhead}).
     * Outside a unit of work it keeps nothing.
     */
    void keepReadAhead(Object key, Object value) {
        Unit unit = current.get();
        if (unit != null) {
            unit.readAhead.put(key, value);
        }
    }

    /**
     * The value kept for {@code key} by {@link #keepReadAhead} in the current unit of work, removed
     * so that it answers one read only; null if none is kept.
     */
    @Nullable Object takeReadAhead(Object key) {
        Unit unit = current.get();
        return unit == null ? null : unit.readAhead.remove(key);
    }

    /**
     * The value kept for {@code key} by {@link #keepReadAhead} in the current unit of work, left
     * kept: for a read the unit may make more than once, such as a check that a customer exists;
     * null if none is kept.
     */
    @Nullable Object keptReadAhead(Object key) {
        Unit unit = current.get();
        return unit == null ? null : unit.readAhead.get(key);
    }

    /** Forgets what {@link #keepReadAhead} kept for {@code key}, if anything: the unit is about to change or lock those rows. */
    void dropReadAhead(Object key) {
        Unit unit = current.get();
        if (unit != null) {
            unit.readAhead.remove(key);
        }
    }

    /**
     * Inserts {@code rows} of {@code table} now, on {@code connection}: one statement of {@link ArrayRows} where many rows go
     * as arrays ({@link #sendsArrays}), else one JDBC batch of single-row inserts.
     */
    void insertNow(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        if (arrays) {
            Sql.update(connection, table.insertArrays(), ArrayRows.params(rows));
        } else {
            Sql.batch(connection, table.insertOne(), rows);
        }
    }

    /** Whether many rows of one statement go as {@link ArrayRows} (PostgreSQL, not Citus) rather than multi-row {@code VALUES}. */
    boolean sendsArrays() {
        return arrays;
    }

    /**
     * Sends {@code statement} with the unit's next flush: before the unit's next statement, or
     * with its deferred rows when it ends, so that on PostgreSQL a write and the rows of the events
     * it caused share one round trip. Where the dialect sends statements together, the next query
     * (or insert that skips conflicts) carries it in its own round trip instead ({@link
     * WritesAhead}). Opens a unit of work of its own if none is running.
     */
    void deferStatement(DeferredStatement statement) {
        inTransaction(() -> current.get().statements.add(statement));
    }

    /**
     * Writes {@code statement}: where the dialect sends statements together, with the unit's next
     * round trip ({@link #deferStatement}, so its check and failure are reported there); otherwise
     * now, on its own. For writes whose result the caller does not need beyond the check, such as
     * an update guarded by a version.
     */
    void writeWithNext(DeferredStatement statement) {
        if (dialect.sendsStatementsTogether()) {
            deferStatement(statement);
            return;
        }
        withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, statement.sql(), statement.params())) {
                execute(s, List.of(statement));
                statement.check().check(s);
            }
            return null;
        });
    }

    /**
     * Writes {@code update}, which must change exactly one row (a version guard), like {@link
     * #writeWithNext}, else fails with what {@code stale} makes. On PostgreSQL (not Citus) the
     * database counts the row itself ({@code crm_expect_rows}, V024), so the update may go with the
     * unit's {@code COMMIT} ({@link #flushAndCommit}); elsewhere the client checks the count.
     *
     * @param update an UPDATE, or an INSERT that skips conflicts ({@code ON CONFLICT DO NOTHING}), without a RETURNING clause
     */
    void writeOneRowWithNext(String update, Object[] params, Supplier<? extends RuntimeException> stale) {
        writeRowsWithNext(update, params, 1, stale, STORAGE_ERROR);
    }

    /**
     * Writes {@code update} as {@link #writeOneRowWithNext(String, Object[], Supplier)} does, naming
     * a failure of the statement other than its guard by {@code failure} (null: a storage error),
     * such as a unique key it would take.
     */
    void writeOneRowWithNext(String update, Object[] params, Supplier<? extends RuntimeException> stale,
            Function<SQLException, @Nullable RuntimeException> failure) {
        writeRowsWithNext(update, params, 1, stale, failure);
    }

    /**
     * Writes {@code update}, which must change exactly {@code rows} rows (each behind a version
     * guard), as {@link #writeOneRowWithNext} writes one: the whole statement fails with what
     * {@code stale} makes if any row's guard refused it.
     */
    void writeRowsWithNext(String update, Object[] params, int rows, Supplier<? extends RuntimeException> stale) {
        writeRowsWithNext(update, params, rows, stale, STORAGE_ERROR);
    }

    private void writeRowsWithNext(String update, Object[] params, int rows, Supplier<? extends RuntimeException> stale,
            Function<SQLException, @Nullable RuntimeException> failure) {
        if (!commitsWithLastWrites) {
            writeWithNext(new DeferredStatement(update, params, rowCount(rows, stale), failure));
            return;
        }
        String guard = "version guard " + GUARDS.incrementAndGet();
        Object[] guarded = Arrays.copyOf(params, params.length + 1);
        guarded[params.length] = guard;
        deferStatement(new DeferredStatement("WITH u AS (" + update + " RETURNING 1) SELECT "
                + Dialect.expectRows("(SELECT COUNT(*) FROM u)", rows, "?"), guarded, ANY_RESULT,
                e -> guard.equals(Dialect.failedExpectation(e)) ? stale.get() : failure.apply(e)));
    }

    /** Numbers the guards of {@link #writeRowsWithNext}, so that a failure names the one that failed among statements sent together. */
    private static final AtomicLong GUARDS = new AtomicLong();

    /** A check that the statement changed exactly one row, else throws what {@code otherwise} makes. */
    static ResultCheck oneRow(Supplier<? extends RuntimeException> otherwise) {
        return rowCount(1, otherwise);
    }

    /** A check that the statement changed exactly {@code rows} rows, else throws what {@code otherwise} makes. */
    private static ResultCheck rowCount(int rows, Supplier<? extends RuntimeException> otherwise) {
        return s -> {
            if (s.getUpdateCount() != rows) {
                throw otherwise.get();
            }
        };
    }

    /** A check that accepts any result. */
    static final ResultCheck ANY_RESULT = s -> { };

    /** A failure reported as a storage error. */
    static final Function<SQLException, @Nullable RuntimeException> STORAGE_ERROR = e -> null;

    /**
     * Sends the deferred statements, in the order deferred, and writes the deferred rows, in the
     * order they were deferred within each table: on PostgreSQL all in one round trip (one INSERT
     * per table, its rows as {@link ArrayRows}, or multi-row {@code VALUES} on Citus); on H2 each
     * statement on its own and one batch per table. Rows of a table in commit order go last, after
     * the lock of their tenants' heads, and only if {@code inCommitOrder} (the unit ends, or reads
     * such a table); otherwise they stay deferred.
     */
    private void flush(Unit unit, boolean inCommitOrder) throws SQLException {
        flush(unit, inCommitOrder, false);
    }

    /**
     * Flushes what the unit deferred as it ends, committing in the same round trip where it can: on
     * PostgreSQL (not Citus), when every deferred statement is checked by the database itself ({@link
     * #ANY_RESULT} on the client, e.g. a version guard through {@code crm_expect_rows}), a {@code
     * COMMIT} ends the statements sent together. The tenants' outbox heads, locked by that round
     * trip, are then held only while the database runs it, not while the answer travels back and a
     * second round trip commits. A failing statement aborts the transaction before the {@code
     * COMMIT} runs, and the unit rolls back as before.
     *
     * @return whether the transaction was committed
     */
    private boolean flushAndCommit(Unit unit) throws SQLException {
        return flush(unit, true, true);
    }

    private boolean flush(Unit unit, boolean inCommitOrder, boolean commitIfChecked) throws SQLException {
        // rows in commit order last, so the head's lock is the unit's last
        Map<Table, List<Object[]>> deferred = new LinkedHashMap<>();
        unit.deferred.forEach((table, rows) -> {
            if (!table.inCommitOrder()) {
                deferred.put(table, rows);
            }
        });
        if (inCommitOrder) {
            deferred.putAll(unit.deferred);
        }
        if (unit.statements.isEmpty() && deferred.isEmpty()) {
            return false;
        }
        unit.deferred.keySet().removeAll(deferred.keySet());
        List<DeferredStatement> statements = List.copyOf(unit.statements);
        unit.statements.clear();
        int parameters = statements.stream().mapToInt(d -> d.params().length).sum()
                + deferred.values().stream().mapToInt(rows -> (asArrays(rows) ? 1 : rows.size()) * rows.get(0).length + 2).sum();
        if (dialect.sendsStatementsTogether() && parameters <= MAX_PARAMETERS_TOGETHER) {
            StringJoiner sql = new StringJoiner("; ");
            List<Object> values = new ArrayList<>(parameters);
            statements.forEach(d -> {
                sql.add(d.sql());
                values.addAll(Arrays.asList(d.params()));
            });
            deferred.forEach((table, rows) -> {
                if (table.head() != null) {
                    Head.counts(rows).forEach((tenant, added) -> {
                        sql.add(table.head().upsert());
                        values.add(tenant);
                        values.add(added);
                    });
                }
                if (asArrays(rows)) {
                    sql.add(table.insertArrays());
                    values.addAll(Arrays.asList(ArrayRows.params(rows)));
                } else {
                    sql.add(table.insert(rows.size()));
                    rows.forEach(row -> values.addAll(Arrays.asList(row)));
                }
            });
            boolean commits = commitIfChecked && commitsWithLastWrites && statements.stream().allMatch(d -> d.check() == ANY_RESULT);
            if (commits) {
                sql.add("COMMIT");
            }
            try (PreparedStatement statement = Sql.prepare(unit.connection, sql.toString(), values.toArray())) {
                execute(statement, statements);
                for (DeferredStatement d : statements) {
                    d.check().check(statement);
                    statement.getMoreResults();
                }
            }
            return commits;
        }
        for (DeferredStatement d : statements) {
            try (PreparedStatement statement = Sql.prepare(unit.connection, d.sql(), d.params())) {
                execute(statement, List.of(d));
                d.check().check(statement);
            }
        }
        for (Map.Entry<Table, List<Object[]>> rows : deferred.entrySet()) {
            Head head = rows.getKey().head();
            if (head != null) {
                for (Map.Entry<String, Long> tenant : Head.counts(rows.getValue()).entrySet()) {
                    head.lock(unit.connection, dialect, tenant.getKey(), tenant.getValue());
                }
            }
            Sql.batch(unit.connection, rows.getKey().insertOne(), rows.getValue());
        }
        return false;
    }

    /**
     * Whether deferred {@code rows} of one table go as {@link ArrayRows}: only past {@link
     * #ROWS_AS_VALUES}. A unit's few rows (an operation's event and timeline line) go as a {@code
     * VALUES} list, whose few texts are each parsed and planned once too, and which neither the
     * driver (an array built per column) nor the server (the arrays unnested and sorted back into
     * order) has to take apart.
     */
    private boolean asArrays(List<Object[]> rows) {
        return arrays && rows.size() > ROWS_AS_VALUES;
    }

    /** The unit's deferred statements, for a statement that sends them ahead of itself. */
    private WritesAhead.Pending pending(Unit unit) {
        return new WritesAhead.Pending() {
            @Override
            public boolean any() {
                return !unit.statements.isEmpty()
                        && unit.statements.stream().mapToInt(d -> d.params().length).sum() <= MAX_PARAMETERS_TOGETHER;
            }

            @Override
            public List<DeferredStatement> take() {
                List<DeferredStatement> taken = List.copyOf(unit.statements);
                unit.statements.clear();
                return taken;
            }

            @Override
            public void flush() throws SQLException {
                if (!unit.statements.isEmpty()) {
                    JdbcTransactions.this.flush(unit, false);
                }
            }
        };
    }

    /** Executes {@code statement}, reporting a failure as the first of {@code sent} that names it. */
    static void execute(PreparedStatement statement, List<DeferredStatement> sent) throws SQLException {
        try {
            statement.execute();
        } catch (SQLException e) {
            for (DeferredStatement d : sent) {
                RuntimeException named = d.failure().apply(e);
                if (named != null) {
                    throw named;
                }
            }
            throw e;
        }
    }

    /**
     * Makes the current unit's work so far survive a later failure of the unit: commits crmkit's own
     * transaction; in a host's transaction moves the unit's savepoint here instead (the host still
     * commits or rolls back everything).
     */
    void keepWorkSoFar() throws SQLException {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("keepWorkSoFar must run inside a unit of work");
        }
        flush(unit, true);
        if (!unit.inHostTransaction()) {
            unit.connection.commit();
            return;
        }
        Savepoint next = unit.connection.setSavepoint();
        unit.connection.releaseSavepoint(unit.savepoint);
        unit.savepoint = next;
    }

    private <T extends @Nullable Object> T inOwnTransaction(Supplier<T> work, DataSource source) {
        Connection connection = open(source);
        Unit unit = new Unit(unitConnection(connection), null);
        current.set(unit);
        try {
            T result = work.get();
            if (!flushAndCommit(unit)) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            throw new StorageException("could not commit the unit of work; nothing was written", e);
        } catch (Throwable e) { // also checked exceptions thrown sneakily
            rollback(connection, e);
            throw e;
        } finally {
            current.remove();
            close(connection);
        }
    }

    private <T extends @Nullable Object> T inHostTransaction(Connection connection, Supplier<T> work) {
        Unit unit = new Unit(unitConnection(connection), savepoint(connection));
        current.set(unit);
        try {
            T result = work.get();
            flush(unit, true);
            connection.releaseSavepoint(unit.savepoint);
            return result;
        } catch (SQLException e) {
            rollbackToSavepoint(unit, e);
            throw new StorageException("could not release crmkit's savepoint in the host's transaction; crmkit's writes were"
                    + " rolled back to it", e);
        } catch (Throwable e) { // also checked exceptions thrown sneakily
            rollbackToSavepoint(unit, e);
            throw e;
        } finally {
            current.remove();
        }
    }

    /** {@code connection} as the unit's statements see it: kept statements (H2), then the table names mapped. */
    private Connection unitConnection(Connection connection) {
        return names.connection(kept == null ? connection : kept.connection(connection));
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("the host's connection is in auto-commit mode, so there is no host transaction"
                        + " for crmkit to join; begin one with setAutoCommit(false) before calling crmkit, or have"
                        + " HostTransactions.currentConnection() return null so crmkit runs its own transaction");
            }
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new StorageException("could not set crmkit's savepoint in the host's transaction: " + e.getMessage(), e);
        }
    }

    private static void rollbackToSavepoint(Unit unit, Throwable cause) {
        try {
            unit.connection.rollback(unit.savepoint);
            unit.connection.releaseSavepoint(unit.savepoint);
        } catch (SQLException e) {
            cause.addSuppressed(e);
            log.warn("rolling back to crmkit's savepoint in the host's transaction failed after {}", cause.getClass().getSimpleName(), e);
        }
    }

    private Connection open(DataSource source) {
        try {
            Connection connection = source.getConnection();
            try {
                if (source == replica) {
                    // a replica's unit only reads: the database refuses a write rather than the replica diverging
                    connection.setReadOnly(true);
                }
                // The pool's isolation level is kept (READ COMMITTED by default on H2 and PostgreSQL):
                // correctness rests on row locks and version checks, and asking the driver for the
                // level costs PostgreSQL a round trip per transaction.
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                close(connection);
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new StorageException("could not open a database connection: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            log.warn("rollback failed after {}", cause.getClass().getSimpleName(), e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing a connection failed", e);
        }
    }
}
