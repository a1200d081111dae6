package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmkit.jdbc.JobLeases.Lease;
import org.crmkit.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * What {@link JobLeases} promises on each database: of instances claiming at once, exactly one
 * gets each shard; a completed shard waits for its next due time; an expired lease passes to
 * another instance, and the instance that lost it can no longer complete it.
 */
abstract class JobLeasesContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T08:00:00Z"));
    private final String job = "test-job-" + UUID.randomUUID();

    protected abstract JdbcStorage storage();

    private JobLeases instance(String name) {
        return JobLeases.of(storage(), clock, name);
    }

    @Test
    void instances_claiming_at_once_get_each_shard_exactly_once_and_then_nothing() throws Exception {
        // given four instances and eight shards
        int shards = 8;
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> claimed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JobLeases leases = instance("instance-" + i);
                // when each claims until nothing is left
                claimed.add(threads.submit(claimAll(leases, shards, start)));
            }
            // then
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : claimed) {
                all.addAll(f.get());
            }
            assertThat(all).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_completed_shard_is_not_claimed_again_before_its_next_due_time() {
        // given
        JobLeases leases = instance("a");
        Lease lease = leases.claim(job, 1, LEASE).orElseThrow();
        // when
        assertThat(leases.complete(lease, clock.instant().plus(Duration.ofMinutes(1)))).isTrue();
        // then
        assertThat(leases.claim(job, 1, LEASE)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(leases.claim(job, 1, LEASE)).isPresent();
    }

    @Test
    void a_held_lease_keeps_others_out_until_it_expires_and_then_passes_to_another_instance() {
        // given instance a holds the only shard and dies
        JobLeases a = instance("a");
        JobLeases b = instance("b");
        Lease held = a.claim(job, 1, LEASE).orElseThrow();
        // when / then
        assertThat(b.claim(job, 1, LEASE)).isEmpty();
        clock.advance(LEASE);
        Lease takenOver = b.claim(job, 1, LEASE).orElseThrow();
        assertThat(takenOver.shard()).isEqualTo(held.shard());
        assertThat(a.complete(held, clock.instant())).as("a lost its lease").isFalse();
        assertThat(a.renew(held, LEASE)).isEmpty();
        assertThat(b.complete(takenOver, clock.instant().plus(Duration.ofHours(1)))).isTrue();
        assertThat(b.shards(job, 1)).singleElement().satisfies(shard -> {
            assertThat(shard.owner()).isEqualTo("b");
            assertThat(shard.lastSuccess()).isEqualTo(clock.instant());
            assertThat(shard.leasedUntil()).isNull();
        });
    }

    @Test
    void renewing_keeps_the_shard_past_its_first_expiry() {
        // given
        JobLeases a = instance("a");
        Lease lease = a.claim(job, 1, LEASE).orElseThrow();
        // when
        clock.advance(Duration.ofMinutes(4));
        Optional<Lease> renewed = a.renew(lease, LEASE);
        clock.advance(Duration.ofMinutes(4));
        // then
        assertThat(renewed).get().extracting(Lease::until).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(instance("b").claim(job, 1, LEASE)).isEmpty();
    }

    @Test
    void a_failed_run_frees_the_shard_for_its_retry_time_and_records_the_failure() {
        // given
        JobLeases a = instance("a");
        Lease lease = a.claim(job, 1, LEASE).orElseThrow();
        // when
        assertThat(a.fail(lease, clock.instant().plusSeconds(30))).isTrue();
        // then
        assertThat(a.shards(job, 1)).singleElement().satisfies(shard -> {
            assertThat(shard.lastFailure()).isEqualTo(clock.instant());
            assertThat(shard.lastSuccess()).isNull();
        });
        assertThat(instance("b").claim(job, 1, LEASE)).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(instance("b").claim(job, 1, LEASE)).isPresent();
    }

    @Test
    void a_job_cut_into_another_number_of_shards_has_shards_of_its_own() {
        // given
        JobLeases a = instance("a");
        a.claim(job, 1, LEASE).orElseThrow();
        // when / then
        assertThat(a.claim(job, 2, LEASE)).isPresent();
        assertThat(a.shards(job, 2)).hasSize(2);
    }

    @Test
    void bad_arguments_are_refused_before_the_database_is_touched() {
        JobLeases a = instance("a");
        assertThatThrownBy(() -> a.claim(" ", 1, LEASE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job");
        assertThatThrownBy(() -> a.claim(job, 0, LEASE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shards");
        assertThatThrownBy(() -> a.claim(job, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaseFor");
        assertThatThrownBy(() -> JobLeases.of(storage(), clock, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner");
        assertThat(a.shards(job, 1)).isEmpty();
    }

    private Callable<List<Integer>> claimAll(JobLeases leases, int shards, CyclicBarrier start) {
        return () -> {
            start.await();
            List<Integer> mine = new ArrayList<>();
            for (Optional<Lease> lease = leases.claim(job, shards, LEASE); lease.isPresent(); lease = leases.claim(job, shards, LEASE)) {
                mine.add(lease.get().shard());
            }
            return mine;
        };
    }
}
