package org.crmkit.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.StorageException;

/**
 * Leases on the shards of batch jobs, kept in crmkit's database, so that any number of application
 * instances share a job (tier assessment, {@code settleDue}, SLA checks) with no shard settings,
 * and the work of an instance that dies is taken over once its lease expires.
 *
 * <p>Each job is cut into a fixed number of shards. {@link #claim} takes one shard that is due and
 * not leased, or whose lease has expired, with one compare-and-set UPDATE: of several instances
 * claiming at once, exactly one gets each shard. The holder runs shard {@code i} of {@code n} of
 * the job, renews the lease if the work is long, and {@link #complete completes} it with the
 * shard's next due time; so each shard runs once per due time, unless its holder dies, and then
 * once more after the lease expired. The jobs are idempotent, so a shard run again after a crash
 * finishes what was left.
 *
 * <pre>{@code
 * JobLeases leases = JobLeases.of(storage);
 * Optional<JobLeases.Lease> lease;
 * while ((lease = leases.claim("loyalty.settleDue", 16, Duration.ofMinutes(5))).isPresent()) {
 *     crm.loyalty().settleDue(lease.get().shard(), lease.get().shards());
 *     leases.complete(lease.get(), Instant.now().plus(Duration.ofMinutes(1)));
 * }
 * }</pre>
 *
 * <p>Each statement commits on its own connection from the storage's {@link DataSource}, never
 * inside a host's transaction. Times are this instance's clock: instances sharing a database
 * need clocks within a small part of the lease duration of each other. Thread-safe.
 *
 * @since 0.2
 */
public final class JobLeases {

    private static final String KEY = " WHERE job_name = ? AND shard_count = ? AND shard = ?";
    private static final String FREE = " AND due_at <= ? AND (leased_until IS NULL OR leased_until <= ?)";

    /** Lease ids and owner suffixes: the random tail of a UUIDv7 tells instances in one process apart. */
    private static final IdGenerator LEASE_IDS = IdGenerator.timeOrdered();

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TableNames names;
    private final Clock clock;
    private final String owner;

    private JobLeases(DataSource dataSource, Dialect dialect, TableNames names, Clock clock, String owner) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.names = names;
        this.clock = clock;
        this.owner = owner;
    }

    /** Leases on {@code storage}'s database, timed by the system clock, owned by this process. */
    public static JobLeases of(JdbcStorage storage) {
        return of(storage, Clock.systemUTC(), defaultOwner());
    }

    /**
     * Leases on {@code storage}'s database.
     *
     * @param clock the time leases are taken, expire and fall due by
     * @param owner who holds the leases this instance takes, as shown by {@link #shards}: a host
     *     name and process id, say; at most 200 characters
     * @throws IllegalArgumentException if {@code owner} is blank or too long
     */
    public static JobLeases of(JdbcStorage storage, Clock clock, String owner) {
        checkNotNull(storage, "storage");
        checkNotNull(owner, "owner");
        checkArgument(!owner.isBlank() && owner.length() <= 200, "owner must be 1 to 200 characters but was '%s'", owner);
        return new JobLeases(storage.dataSource(), storage.dialect(), storage.tableNames(), checkNotNull(clock, "clock"), owner);
    }

    /**
     * A shard of {@code job} held by this instance until {@code until}.
     *
     * @param job the job's name
     * @param shards how many shards the job is cut into
     * @param shard which of them, from 0
     * @param id this lease's own id: a lease that expired and was taken by another is no longer
     *     this instance's to renew or complete
     * @param until when the lease expires unless renewed
     * @since 0.2
     */
    public record Lease(String job, int shards, int shard, String id, Instant until) {}

    /**
     * A shard of a job as the database has it.
     *
     * @param shard which shard, from 0
     * @param dueAt when it falls due next
     * @param owner who holds it or last held it, null if nobody yet
     * @param leasedUntil until when it is leased, null if not leased
     * @param lastSuccess when a run of it last completed, null if never
     * @param lastFailure when a run of it last failed, null if never
     * @since 0.2
     */
    public record Shard(int shard, Instant dueAt, String owner, Instant leasedUntil, Instant lastSuccess, Instant lastFailure) {}

    /**
     * Takes a shard of {@code job} that is due and free (never leased, released, or its lease
     * expired), the longest due first, for {@code leaseFor}. The shards' rows are made on first
     * use, due at once.
     *
     * @param job the job's name, at most 100 characters
     * @param shards how many shards the job is cut into; every instance must use the same number
     * @param leaseFor how long the shard is this instance's unless renewed
     * @return the lease, or empty if no shard is due and free
     * @throws IllegalArgumentException if {@code job} is blank or too long, {@code shards < 1} or
     *     {@code leaseFor} is not positive
     * @throws StorageException if the database fails
     */
    public Optional<Lease> claim(String job, int shards, Duration leaseFor) {
        checkJob(job, shards);
        checkArgument(leaseFor != null && !leaseFor.isNegative() && !leaseFor.isZero(), "leaseFor must be positive but was %s", leaseFor);
        Instant now = now();
        return run(c -> {
            for (int shard : dueAndFree(c, job, shards, now)) {
                String id = LEASE_IDS.next().toString();
                Instant until = now.plus(leaseFor);
                if (Sql.update(c, "UPDATE crm_job_lease SET lease_id = ?, owner = ?, leased_until = ?" + KEY + FREE,
                        id, owner, until, job, shards, shard, now, now) == 1) {
                    return Optional.of(new Lease(job, shards, shard, id, until));
                }
                // another instance took it between the read and the update: try the next
            }
            return Optional.<Lease>empty();
        });
    }

    /**
     * Extends {@code lease} to {@code leaseFor} from now, for work that outlasts it.
     *
     * @return the renewed lease, or empty if it was lost (it expired and another instance took
     *     the shard): stop the work, which that instance is doing again
     * @throws StorageException if the database fails
     */
    public Optional<Lease> renew(Lease lease, Duration leaseFor) {
        checkNotNull(lease, "lease");
        checkArgument(leaseFor != null && !leaseFor.isNegative() && !leaseFor.isZero(), "leaseFor must be positive but was %s", leaseFor);
        Instant until = now().plus(leaseFor);
        boolean held = update("UPDATE crm_job_lease SET leased_until = ?" + KEY + " AND lease_id = ?", until, lease);
        return held ? Optional.of(new Lease(lease.job(), lease.shards(), lease.shard(), lease.id(), until)) : Optional.empty();
    }

    /**
     * Records that {@code lease}'s run succeeded and frees the shard until {@code nextDue}.
     *
     * @return false if the lease had been lost to another instance, which then records its own run
     * @throws StorageException if the database fails
     */
    public boolean complete(Lease lease, Instant nextDue) {
        checkNotNull(lease, "lease");
        checkNotNull(nextDue, "nextDue");
        return update("UPDATE crm_job_lease SET due_at = ?, lease_id = NULL, leased_until = NULL, last_success = ?" + KEY
                + " AND lease_id = ?", nextDue, now(), lease);
    }

    /**
     * Records that {@code lease}'s run failed and frees the shard, due again at {@code retryAt}.
     *
     * @return false if the lease had been lost to another instance
     * @throws StorageException if the database fails
     */
    public boolean fail(Lease lease, Instant retryAt) {
        checkNotNull(lease, "lease");
        checkNotNull(retryAt, "retryAt");
        return update("UPDATE crm_job_lease SET due_at = ?, lease_id = NULL, leased_until = NULL, last_failure = ?" + KEY
                + " AND lease_id = ?", retryAt, now(), lease);
    }

    /**
     * The shards of {@code job} cut into {@code shards}, by shard; empty before the first claim.
     *
     * @throws StorageException if the database fails
     */
    public List<Shard> shards(String job, int shards) {
        checkJob(job, shards);
        return run(c -> {
            List<Shard> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT shard, due_at, owner, leased_until, last_success, last_failure"
                    + " FROM crm_job_lease WHERE job_name = ? AND shard_count = ? ORDER BY shard", job, shards);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Shard(rs.getInt("shard"), Sql.instant(rs, "due_at"), rs.getString("owner"),
                            Sql.instant(rs, "leased_until"), Sql.instant(rs, "last_success"), Sql.instant(rs, "last_failure")));
                }
            }
            return found;
        });
    }

    /** Who this instance's leases name as their holder. */
    public String owner() {
        return owner;
    }

    /** The due and free shards, the longest due first, after making any missing shard's row. */
    private List<Integer> dueAndFree(Connection c, String job, int shards, Instant now) throws SQLException {
        List<Integer> due = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement s = Sql.prepare(c, "SELECT shard, due_at, leased_until FROM crm_job_lease"
                + " WHERE job_name = ? AND shard_count = ? ORDER BY due_at, shard", job, shards);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows++;
                Instant until = Sql.instant(rs, "leased_until");
                if (!Sql.instant(rs, "due_at").isAfter(now) && (until == null || !until.isAfter(now))) {
                    due.add(rs.getInt("shard"));
                }
            }
        }
        if (rows < shards) {
            for (int shard = 0; shard < shards; shard++) {
                if (dialect.insertIfAbsent(c, "INSERT INTO crm_job_lease (job_name, shard_count, shard, due_at) VALUES (?, ?, ?, ?)",
                        job, shards, shard, now)) {
                    due.add(shard);
                }
            }
        }
        return due;
    }

    private boolean update(String sql, Instant time, Lease lease) {
        return run(c -> Sql.update(c, sql, time, lease.job(), lease.shards(), lease.shard(), lease.id())) == 1;
    }

    private boolean update(String sql, Instant time, Instant now, Lease lease) {
        return run(c -> Sql.update(c, sql, time, now, lease.job(), lease.shards(), lease.shard(), lease.id())) == 1;
    }

    private Instant now() {
        // the precision both databases keep, so a time read back equals the one written
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T run(JdbcTransactions.SqlWork<T> work) {
        // the storage's table names, so leases live beside its tables under any schema and prefix
        try (Connection c = names.connection(dataSource.getConnection())) {
            c.setAutoCommit(true);
            return work.apply(c);
        } catch (SQLException e) {
            throw new StorageException("job lease statement failed: " + e.getMessage(), e);
        }
    }

    private static void checkJob(String job, int shards) {
        checkNotNull(job, "job");
        checkArgument(!job.isBlank() && job.length() <= 100, "job must be 1 to 100 characters but was '%s'", job);
        checkArgument(shards >= 1, "shards must be >= 1 but was %s", shards);
    }

    private static String defaultOwner() {
        // "pid@host", the JVM's own name for itself, and a random part for two storages in one JVM
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + LEASE_IDS.next().toString().substring(24);
    }
}
