package org.crmkit.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.crmkit.examples.demo.DemoRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm demo}: a shop configured like the seeds' stores, two years of generated activity played
 * through crmkit's public API on an embedded H2 file database (or PostgreSQL), the batch jobs, and
 * a report printed and written as one HTML file.
 *
 * @since 0.1
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
        description = {"Runs a realistic programme end to end: JD's five growth-value tiers on the last 12 months' growth "
                + "value, Suning-style points as cash (100 points = CNY 1, at most half an order, valid to the end of next year, 7 days "
                + "pending), 24-hour complaint acknowledgement on a business calendar; two seeded years of customers, purchases, "
                + "refunds, reviews, redemptions, complaints, surveys, churn reasons, a campaign with a control group, review "
                + "requests and a sales funnel; tier assessment, points expiry, SLA checks, RFM and CLV scoring; then a report."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Database (default: an H2 file crmkit-demo under --out).")
    private String jdbcUrl;

    @Option(names = "--user", description = "Database user (default: ${DEFAULT-VALUE}).", defaultValue = "sa")
    private String user;

    @Option(names = "--password", description = "Database password (default: empty).", defaultValue = "", arity = "0..1",
            interactive = false)
    private String password;

    @Option(names = "--seed", description = "Seed of the generated years (default: ${DEFAULT-VALUE}).", defaultValue = "2025")
    private long seed;

    @Option(names = "--customers", description = "Shoppers to simulate, 10 to 1,000,000 (default: ${DEFAULT-VALUE}).",
            defaultValue = "5000")
    private int customers;

    @Option(names = "--end", paramLabel = "DATE", description = "Last day of the two simulated years (default: ${DEFAULT-VALUE}).",
            defaultValue = "2025-12-10")
    private LocalDate end;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the HTML report and the default H2 file go (default: ${DEFAULT-VALUE}).",
            defaultValue = "crm-demo")
    private Path out;

    @Mixin
    private GlobalOptions global;

    @Spec
    private CommandSpec spec;

    /** H2 keeps old page versions in the file (hundreds of MB after 5,000 customers); compacting takes seconds. */
    private void compact(HikariDataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            if (e.getErrorCode() != 90121) { // "database is already closed": the shutdown itself, reported on the way out
                spec.commandLine().getErr().println("could not compact the H2 file: " + e.getMessage());
            }
        }
    }

    /**
     * The demo's settings added to an H2 URL, each unless the URL sets it already: crmkit keeps its statements on the pool's
     * connections, so H2 keeps none of its own, which it would walk at each transaction's first write to a table
     * ({@code QUERY_CACHE_SIZE=0}); H2 leaves no
     * {@code .trace.db} file of the errors it logs, such as the compaction's closing "database is already closed"
     * ({@code TRACE_LEVEL_FILE=0}); and a file, which the run compacts once at its end ({@code SHUTDOWN COMPACT}), is not also
     * compacted while the run writes it ({@code AUTO_COMPACT_FILL_RATE=0}): H2's background rewrite of half-empty chunks took an
     * eighth of the 5,000-customer run's CPU samples; and H2 writes the file's changes every 5 s rather than every 0.5 s
     * ({@code WRITE_DELAY=5000}), so a page changed again within those seconds is written once (a crash loses at most the last 5 s of
     * a run, which starts a new tenant anyway). Other databases' URLs are returned as they are.
     */
    static String withH2Settings(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String settings = (url.contains("QUERY_CACHE_SIZE") ? "" : ";QUERY_CACHE_SIZE=0")
                + (url.contains("TRACE_LEVEL_FILE") ? "" : ";TRACE_LEVEL_FILE=0")
                + (url.startsWith("jdbc:h2:mem:") || url.contains("AUTO_COMPACT_FILL_RATE") ? "" : ";AUTO_COMPACT_FILL_RATE=0")
                + (url.startsWith("jdbc:h2:mem:") || url.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=5000");
        return url + settings;
    }

    @Override
    public Integer call() {
        if (customers < 10 || customers > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--customers must be 10 to 1,000,000 but was " + customers);
        }
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String url = jdbcUrl != null ? jdbcUrl : "jdbc:h2:file:" + out.resolve("crmkit-demo").toAbsolutePath();
        url = withH2Settings(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("crm-demo");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            DemoRunner.run(dataSource, seed, customers, end, out, global.quiet(), spec.commandLine().getOut());
            if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")) {
                compact(dataSource);
            }
        }
        return 0;
    }
}
