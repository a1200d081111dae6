package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The default id generator makes RFC 9562 version 7 UUIDs that increase with time, per generator and across threads. */
class TimeOrderedIdsTest {

    private static final long MAY_2025 = 1_746_864_000_000L;

    @Test
    void an_id_carries_version_7_the_rfc_variant_and_the_unix_milliseconds_it_was_made_at() {
        // given
        IdGenerator ids = new TimeOrderedIds(() -> MAY_2025);

        // when
        UUID id = ids.next();

        // then
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(MAY_2025);
        assertThat(id.toString()).startsWith(String.format("%012x", MAY_2025).substring(0, 8) + "-");
    }

    @Test
    void ids_made_later_sort_after_earlier_ones_as_uuids_and_as_text() {
        // given
        AtomicLong millis = new AtomicLong(MAY_2025);
        IdGenerator ids = new TimeOrderedIds(millis::get);

        // when
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            made.add(ids.next());
            millis.addAndGet(i % 3); // some in the same millisecond, some later
        }

        // then
        assertThat(made).isSorted();
        assertThat(made.stream().map(UUID::toString).toList()).isSorted();
    }

    @Test
    void more_ids_in_one_millisecond_than_the_counter_holds_still_increase_and_run_the_time_part_ahead() {
        // given a clock that never moves
        IdGenerator ids = new TimeOrderedIds(() -> MAY_2025);

        // when
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        // then
        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(made.get(made.size() - 1).getMostSignificantBits() >>> 16).isGreaterThan(MAY_2025);
    }

    @Test
    void a_clock_stepping_back_does_not_make_ids_go_back() {
        // given
        AtomicLong millis = new AtomicLong(MAY_2025);
        IdGenerator ids = new TimeOrderedIds(millis::get);
        UUID before = ids.next();

        // when
        millis.set(MAY_2025 - 60_000);
        UUID after = ids.next();

        // then
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void eight_threads_sharing_one_generator_get_distinct_ids_each_increasing_in_its_own_thread() throws Exception {
        // given
        IdGenerator ids = IdGenerator.timeOrdered();
        int threads = 8;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Callable<List<UUID>> making = () -> {
            List<UUID> mine = new ArrayList<>(perThread);
            for (int i = 0; i < perThread; i++) {
                mine.add(ids.next());
            }
            return mine;
        };

        // when
        List<Future<List<UUID>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(making));
        }
        Set<UUID> all = new HashSet<>();
        for (Future<List<UUID>> future : futures) {
            List<UUID> mine = future.get();
            assertThat(mine).isSorted();
            all.addAll(mine);
        }
        pool.shutdown();

        // then
        assertThat(all).hasSize(threads * perThread);
        assertThat(all).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void two_generators_in_the_same_millisecond_do_not_collide() {
        // given
        IdGenerator one = new TimeOrderedIds(() -> MAY_2025);
        IdGenerator two = new TimeOrderedIds(() -> MAY_2025);

        // when
        Set<UUID> made = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            made.add(one.next());
            made.add(two.next());
        }

        // then
        assertThat(made).hasSize(10_000);
    }
}
