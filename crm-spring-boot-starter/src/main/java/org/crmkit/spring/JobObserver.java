package org.crmkit.spring;

import java.time.Duration;

/** Told of each shard run of a scheduled job (the metrics count and time them). */
interface JobObserver {

    /**
     * Shard {@code shard} of {@code job} ran.
     *
     * @param took how long the run took
     * @param failure what it threw, or null if it succeeded
     */
    void ran(String job, int shard, Duration took, Throwable failure);
}
