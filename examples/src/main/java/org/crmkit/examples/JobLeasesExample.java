package org.crmkit.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.jdbc.JobLeases;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Batch jobs shared through leases in the database, without Spring and without shard numbers:
 * two instances at once claim whatever shard of {@code loyalty().settleDue} is due, run it and
 * complete it, until none is left. Each of the 16 shards runs exactly once, on one of them.
 */
public final class JobLeasesExample {

    private JobLeasesExample() {}

    /** Two instances share one settleDue round of 16 shards; returns the shards each ran. */
    public static List<List<Integer>> run() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:leases-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcStorage.create(database);
        List<CompletableFuture<List<Integer>>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {                                            // stands for two application instances
            JdbcStorage storage = JdbcStorage.withoutMigrating(database, org.crmkit.jdbc.Dialect.H2);
            instances.add(CompletableFuture.supplyAsync(() -> runDue(storage, Crm.builder().storage(storage).build())));
        }
        return instances.stream().map(CompletableFuture::join).toList();
    }

    /** What each instance runs every few seconds: every due shard it can claim. */
    static List<Integer> runDue(JdbcStorage storage, Crm crm) {
        List<Integer> ran = new ArrayList<>();
        // --- README job leases example begins
        JobLeases leases = JobLeases.of(storage);
        Optional<JobLeases.Lease> lease;
        while ((lease = leases.claim("loyalty.settleDue", 16, Duration.ofMinutes(5))).isPresent()) {  // a due shard, free or expired
            crm.loyalty().settleDue(lease.get().shard(), lease.get().shards());                       // shard i of n
            leases.complete(lease.get(), Instant.now().plus(Duration.ofMinutes(1)));                  // due again in a minute
            ran.add(lease.get().shard());
        }
        // --- README job leases example ends
        return ran;
    }
}
