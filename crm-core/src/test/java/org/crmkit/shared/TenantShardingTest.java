package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Job shards that take whole tenants by where their rows live: every tenant goes to one job shard;
 * with no more job shards than nodes each node is read by one job shard, and with more each job
 * shard reads one node; on one database the tenants are spread by a stable hash.
 */
class TenantShardingTest {

    /** Tenants on up to five nodes, each tenant in one of eight shard groups of its node. */
    private static Gen<List<TenantPlacement>> clusters() {
        Gen<TenantPlacement> one = integers().between(0, 4).zip(integers().between(0, 7), integers().between(0, 100_000),
                (node, group, tenant) -> new TenantPlacement(TenantId.of("t" + tenant), "worker-" + node + ":5432", 102_008 + 8L * node + group));
        return lists().of(one).ofSizeBetween(1, 60).map(TenantShardingTest::oncePerTenant);
    }

    private static List<TenantPlacement> oncePerTenant(List<TenantPlacement> placements) {
        Set<TenantId> seen = new HashSet<>();
        return placements.stream().filter(p -> seen.add(p.tenantId())).toList();
    }

    @Test
    void every_tenant_goes_to_exactly_one_job_shard() {
        qt().withExamples(500).forAll(clusters(), integers().between(1, 12)).checkAssert((placements, shards) -> {
            // when
            List<TenantId> taken = new ArrayList<>();
            IntStream.range(0, shards).forEach(job -> taken.addAll(TenantSharding.tenantsOf(placements, job, shards)));

            // then
            assertThat(taken).containsExactlyInAnyOrderElementsOf(placements.stream().map(TenantPlacement::tenantId).toList());
        });
    }

    @Test
    void with_no_more_job_shards_than_nodes_each_node_is_read_by_one_job_shard() {
        qt().withExamples(500).forAll(clusters(), integers().between(1, 5)).checkAssert((placements, wanted) -> {
            // given: at most as many job shards as nodes
            int nodes = (int) placements.stream().map(TenantPlacement::node).distinct().count();
            int shards = Math.min(wanted, nodes);

            // when
            List<Set<String>> nodesOfJob = nodesOfEachJob(placements, shards);

            // then
            for (String node : placements.stream().map(TenantPlacement::node).distinct().toList()) {
                long readers = nodesOfJob.stream().filter(s -> s.contains(node)).count();
                assertThat(readers).as("job shards reading %s (%s nodes, %s job shards)", node, nodes, shards)
                        .isEqualTo(1);
            }
        });
    }

    @Test
    void each_shard_group_goes_to_one_job_shard_and_with_as_many_job_shards_as_nodes_each_reads_one_node() {
        qt().withExamples(500).forAll(clusters(), integers().between(1, 12)).checkAssert((placements, shards) -> {
            // when
            List<Set<String>> nodesOfJob = nodesOfEachJob(placements, shards);
            List<Set<Long>> groupsOfJob = new ArrayList<>();
            for (int job = 0; job < shards; job++) {
                Set<TenantId> mine = Set.copyOf(TenantSharding.tenantsOf(placements, job, shards));
                groupsOfJob.add(placements.stream().filter(p -> mine.contains(p.tenantId())).map(TenantPlacement::shardGroup)
                        .collect(Collectors.toSet()));
            }

            // then
            long nodes = placements.stream().map(TenantPlacement::node).distinct().count();
            if (shards >= nodes) {
                assertThat(nodesOfJob).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(1));
            }
            for (int a = 0; a < shards; a++) {
                for (int b = a + 1; b < shards; b++) {
                    assertThat(Collections.disjoint(groupsOfJob.get(a), groupsOfJob.get(b)))
                            .as("shard groups of job shards %s and %s: %s, %s", a, b, groupsOfJob.get(a), groupsOfJob.get(b)).isTrue();
                }
            }
        });
    }

    @Test
    void two_job_shards_over_two_workers_take_one_worker_each() {
        // given
        List<TenantPlacement> placements = List.of(
                new TenantPlacement(TenantId.of("jd"), "localhost:9701", 102_008),
                new TenantPlacement(TenantId.of("suning"), "localhost:9702", 102_009),
                new TenantPlacement(TenantId.of("walmart"), "localhost:9701", 102_010),
                new TenantPlacement(TenantId.of("haidilao"), "localhost:9702", 102_013));

        // when
        List<TenantId> first = TenantSharding.tenantsOf(placements, 0, 2);
        List<TenantId> second = TenantSharding.tenantsOf(placements, 1, 2);

        // then
        assertThat(first).containsExactly(TenantId.of("jd"), TenantId.of("walmart"));
        assertThat(second).containsExactly(TenantId.of("haidilao"), TenantId.of("suning"));
    }

    @Test
    void on_one_database_tenants_spread_over_the_job_shards_by_a_stable_hash() {
        // given
        List<TenantPlacement> placements = IntStream.range(0, 400).mapToObj(i -> TenantPlacement.onOneDatabase(TenantId.of("shop-" + i))).toList();

        // when
        List<Integer> sizes = IntStream.range(0, 4).mapToObj(job -> TenantSharding.tenantsOf(placements, job, 4).size()).toList();

        // then: every job shard has a fair part, and the placement is the same each time it is computed
        assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(60, 140));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
        assertThat(TenantPlacement.onOneDatabase(TenantId.of("shop-7"))).isEqualTo(TenantPlacement.onOneDatabase(TenantId.of("shop-7")));
        assertThat(placements).extracting(TenantPlacement::node).containsOnly(TenantPlacement.ONE_DATABASE);
    }

    @Test
    void the_job_shard_must_be_one_of_the_job_shards() {
        List<TenantPlacement> placements = List.of(TenantPlacement.onOneDatabase(TenantId.of("jd")));
        assertThatThrownBy(() -> TenantSharding.tenantsOf(placements, 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantSharding.tenantsOf(placements, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Set<String>> nodesOfEachJob(List<TenantPlacement> placements, int shards) {
        List<Set<String>> nodesOfJob = new ArrayList<>();
        for (int job = 0; job < shards; job++) {
            Set<TenantId> mine = Set.copyOf(TenantSharding.tenantsOf(placements, job, shards));
            Set<String> nodes = new HashSet<>();
            placements.stream().filter(p -> mine.contains(p.tenantId())).forEach(p -> nodes.add(p.node()));
            nodesOfJob.add(nodes);
        }
        return nodesOfJob;
    }
}
