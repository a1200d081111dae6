package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Batch jobs split their work into shards so several application instances can share it: each
 * runs shard {@code i} of {@code n}.
 *
 * @since 0.1
 */
public final class Shards {

    private Shards() {}

    /**
     * Checks a shard argument pair.
     *
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     */
    public static void check(int shard, int shards) {
        checkArgument(shards >= 1, "shards must be >= 1 but was %s", shards);
        checkArgument(shard >= 0 && shard < shards, "shard must be within 0 and %s but was %s", shards - 1, shard);
    }
}
