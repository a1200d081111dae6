package org.crmkit.spring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application instance for the job tests: crmkit by the starter, nothing of its own but a
 * record of the job shards it ran. Scans nothing, so the shop application's beans stay out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class JobsApplication {

    /** The shard runs of this instance, as "job#shard", in order. */
    @Bean
    ShardRuns shardRuns() {
        return new ShardRuns();
    }

    /** Records each shard run of its instance. */
    static final class ShardRuns implements JobObserver {

        final List<String> ran = new CopyOnWriteArrayList<>();

        @Override
        public void ran(String job, int shard, Duration took, Throwable failure) {
            ran.add(job + "#" + shard + (failure == null ? "" : " failed: " + failure));
        }
    }
}
