package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobLeasesExampleTest {

    @Test
    void two_instances_claiming_shards_at_once_run_each_of_the_sixteen_exactly_once() {
        // when
        List<List<Integer>> byInstance = JobLeasesExample.run();
        // then
        List<Integer> all = new ArrayList<>();
        byInstance.forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 16).boxed().toList());
    }
}
