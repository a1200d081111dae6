package org.crmkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A database to benchmark on: an H2 file database or a real PostgreSQL started from Maven binaries. */
final class BenchDatabase implements AutoCloseable {

    final String name;
    final HikariDataSource dataSource;
    private final AutoCloseable server;

    private BenchDatabase(String name, HikariDataSource dataSource, AutoCloseable server) {
        this.name = name;
        this.dataSource = dataSource;
        this.server = server;
    }

    /** A fresh H2 file database under {@code directory}. */
    static BenchDatabase h2File(Path directory, int poolSize) {
        deleteRecursively(directory);
        // H2 re-parses statements beyond its per-session cache of 8; a ledger operation uses about 13
        String url = "jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath() + ";QUERY_CACHE_SIZE=64";
        return new BenchDatabase("H2 (file)", pool(url, "sa", "", poolSize), null);
    }

    /** A fresh embedded PostgreSQL server (refuses to run as root). */
    static BenchDatabase postgres(int poolSize) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
            return new BenchDatabase("PostgreSQL 17", pool(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", poolSize), pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int size) {
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

    @Override
    public void close() throws Exception {
        dataSource.close();
        if (server != null) {
            server.close();
        }
    }
}
