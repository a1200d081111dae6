package org.crmkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A database to benchmark on: an H2 file database or a real PostgreSQL started from Maven binaries. */
final class BenchDatabase implements AutoCloseable {

    /**
     * {@code -Dbench.statements=true}: PostgreSQL records its statements' times, printed at {@link
     * #close} (the 15 that took longest; {@code -Dbench.statements.top=N} prints N).
     */
    private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");
    private static final int TOP = Integer.getInteger("bench.statements.top", 15);
    private static final boolean ANALYZE = Boolean.parseBoolean(System.getProperty("bench.analyze", "true"));

    final String name;
    final HikariDataSource dataSource;
    private final AutoCloseable server;
    /** Whether the statement times were printed since the last reset, so that {@link #close} need not print them again. */
    private boolean printedSinceReset;

    private BenchDatabase(String name, HikariDataSource dataSource, AutoCloseable server) {
        this.name = name;
        this.dataSource = dataSource;
        this.server = server;
    }

    /** A fresh H2 file database under {@code directory}. */
    static BenchDatabase h2File(Path directory, int poolSize) {
        deleteRecursively(directory);
        // crmkit keeps its statements on the pool's H2 connections, so H2 keeps none (it would walk them at each first write to a
        // table); -Dbench.h2.settings=";QUERY_CACHE_SIZE=64" puts H2's cache back, to compare
        String url = "jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath() + System.getProperty("bench.h2.settings", ";QUERY_CACHE_SIZE=0");
        return new BenchDatabase("H2 (file)", pool(url, "sa", "", poolSize), null);
    }

    /** Work to run on one benchmark database. */
    @FunctionalInterface
    interface Work {
        void run(BenchDatabase db) throws Exception;
    }

    /**
     * The options of the benchmarks that take a number of customers and the databases to run on:
     * {@code --customers N --databases h2,postgresql}.
     */
    record Options(int customers, List<String> databases) {

        /** Parses {@code args}; {@code customers} is the default size, and both databases run unless named. */
        static Options parse(String[] args, int customers) {
            List<String> databases = List.of("h2", "postgresql");
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                    case "--databases" -> databases = List.of(args[i + 1].split(","));
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --customers N --databases h2,postgresql");
                }
            }
            return new Options(customers, databases);
        }
    }

    /**
     * Runs {@code work} on each of {@code names} in order, each a fresh database closed afterwards:
     * {@code h2} an H2 file database under {@code target/<h2Directory>}, {@code postgresql} an
     * embedded server (skipped with a message when running as root, which PostgreSQL refuses).
     *
     * @throws IllegalArgumentException for any other name
     */
    static void forEach(List<String> names, String h2Directory, int poolSize, Work work) throws Exception {
        for (String name : names) {
            switch (name) {
                case "h2" -> {
                    try (BenchDatabase db = h2File(Path.of("target", h2Directory), poolSize)) {
                        work.run(db);
                    }
                }
                case "postgresql" -> {
                    if ("root".equals(System.getProperty("user.name"))) {
                        System.out.println("PostgreSQL: skipped, it refuses to run as root; run the benchmark as an unprivileged user");
                    } else {
                        try (BenchDatabase db = postgres(poolSize)) {
                            work.run(db);
                        }
                    }
                }
                case "citus" -> {
                    try (BenchDatabase db = citus(poolSize)) {
                        work.run(db);
                    }
                }
                default -> throw new IllegalArgumentException("unknown database " + name + "; known: h2, postgresql, citus");
            }
        }
    }

    /**
     * A fresh schema on the Citus coordinator at {@code -Dbench.citus.url} (default the one {@code
     * citus-cluster start} prints), as the connections' current schema: crmkit distributes its
     * tables there by tenant.
     */
    static BenchDatabase citus(int poolSize) {
        String url = System.getProperty("bench.citus.url", "jdbc:postgresql://localhost:9700/crm?user=crm");
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + schema + " on the Citus coordinator " + url, e);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new BenchDatabase("Citus 13 (coordinator + 2 workers)", pool(withSchema, null, null, poolSize), null);
    }

    /** A fresh embedded PostgreSQL server (refuses to run as root). */
    static BenchDatabase postgres(int poolSize) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
            if (STATEMENTS) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                builder.setServerConfig("pg_stat_statements.track_planning", "on");
            }
            // -Dbench.pg.config=name=value;name=value sets more server settings (auto_explain, say)
            for (String setting : System.getProperty("bench.pg.config", "").split(";")) {
                int eq = setting.indexOf('=');
                if (eq > 0) {
                    builder.setServerConfig(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
                }
            }
            EmbeddedPostgres pg = builder.start();
            BenchDatabase db = new BenchDatabase("PostgreSQL 17", pool(pg.getJdbcUrl("postgres", "postgres") + System.getProperty("bench.urlSuffix", ""), "postgres", "postgres", poolSize), pg);
            if (STATEMENTS) {
                try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE EXTENSION pg_stat_statements");
                }
            }
            return db;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL server", e);
        }
    }

    /** A pool of {@code size} connections kept open. */
    static HikariDataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        return new HikariDataSource(config);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the statements that took the most server time since the server started (or since
     * {@link #resetStatements}), with calls and mean time, then the tables' sequential scans and
     * updates (HOT or not) and the indexes' reads over the same time: a profile of the database's
     * side, which a JVM sampler does not see, and the place a plan that reads too much shows.
     */
    void printTopStatements() throws SQLException {
        if (!STATEMENTS || server == null) {
            return;
        }
        printedSinceReset = true;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT calls, total_exec_time + total_plan_time, rows,"
                    + " left(regexp_replace(query, '\\s+', ' ', 'g'), 140), plans, total_plan_time"
                    + " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT " + TOP)) {
                System.out.println("  top statements by server time (calls, total ms planning and running, mean us, rows, plans, planning ms):");
                while (rs.next()) {
                    System.out.printf(Locale.ROOT, "  %,9d %,10.1f %,9.1f %,10d %,9d %,9.1f  %s%n", rs.getLong(1), rs.getDouble(2),
                            rs.getDouble(2) * 1000 / Math.max(1, rs.getLong(1)), rs.getLong(3), rs.getLong(5), rs.getDouble(6),
                            rs.getString(4));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT relname, seq_scan, seq_tup_read, idx_scan, n_tup_upd, n_tup_hot_upd, n_dead_tup"
                    + " FROM pg_stat_user_tables WHERE seq_tup_read > 0 OR n_tup_upd > 0 ORDER BY seq_tup_read + n_tup_upd DESC LIMIT " + TOP)) {
                System.out.println("  tables (sequential scans, rows they read, index scans, rows updated, of them HOT, dead rows):");
                while (rs.next()) {
                    System.out.printf(Locale.ROOT, "  %-28s %,9d %,14d %,11d %,11d %,11d %,9d%n", rs.getString(1), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT indexrelname, idx_scan, idx_tup_read, idx_tup_fetch FROM pg_stat_user_indexes"
                    + " WHERE idx_scan > 0 ORDER BY idx_tup_read DESC LIMIT " + TOP)) {
                System.out.println("  indexes by entries read (index, scans, entries read, rows fetched):");
                while (rs.next()) {
                    System.out.printf(Locale.ROOT, "  %-40s %,9d %,14d %,14d%n", rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        }
    }

    /**
     * Refreshes the database's statistics of every table ({@code ANALYZE}), as autovacuum (every
     * minute on PostgreSQL) would have by the time a system holding this data served: a statement
     * whose plan was made and kept while its tables were nearly empty is planned again (PostgreSQL
     * re-plans a kept statement whose tables' statistics changed). Call it after loading, before
     * measuring; {@code -Dbench.analyze=false} skips it, to measure on the statistics of the empty
     * tables the run began with.
     */
    void analyze() throws SQLException {
        if (!ANALYZE) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    /**
     * On PostgreSQL, vacuums every table, so that rows written as history (years old, in the run's
     * story) sit on pages the visibility map marks all-visible, as autovacuum leaves old rows in a
     * database that runs; H2 has nothing of the kind.
     */
    void vacuum() throws SQLException {
        if (server == null) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM");
        }
    }

    /**
     * Forgets the statement times recorded so far ({@code -Dbench.statements=true}), so that the
     * next {@link #printTopStatements} covers one phase of a run.
     */
    void resetStatements() throws SQLException {
        if (!STATEMENTS || server == null) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
            s.execute("SELECT pg_stat_reset()");
        }
        printedSinceReset = false;
    }

    @Override
    public void close() throws Exception {
        if (!printedSinceReset) {
            printTopStatements();
        }
        dataSource.close();
        if (server != null) {
            server.close();
        }
    }
}
