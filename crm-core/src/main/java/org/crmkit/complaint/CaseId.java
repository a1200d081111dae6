package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.TextRules;

/**
 * Identifies a case within a tenant. Opaque and stable; people use the case number instead.
 *
 * @param value 1 to 64 printable ASCII characters without spaces
 * @since 0.1
 */
public record CaseId(String value) {

    /** How many buckets {@link #bucket()} spreads ids over; shards are taken modulo the bucket. */
    public static final int BUCKETS = 1 << 15;

    /** @throws IllegalArgumentException if the value is not 1 to 64 printable ASCII characters without spaces */
    public CaseId {
        checkNotNull(value, "case id must not be null");
        checkArgument(TextRules.isPrintableAscii(value, 64), "case id must be 1 to 64 printable ASCII characters without spaces but was '%s'",
                value.length() > 80 ? value.substring(0, 80) + "..." : value);
    }

    /** The case id with this value. */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    /**
     * A new id from {@code ids}, in the canonical text form of a UUID.
     *
     * @param ids the generator of the {@code Crm} that assigns it
     */
    public static CaseId generate(IdGenerator ids) {
        return new CaseId(ids.next().toString());
    }

    /**
     * A stable number in {@code [0, BUCKETS)} derived from the id; storages keep it so that shard
     * {@code i} of {@code n} is the cases whose bucket modulo {@code n} is {@code i}.
     */
    public int bucket() {
        return Math.floorMod(value.hashCode(), BUCKETS);
    }

    /** Whether this case belongs to shard {@code shard} of {@code shards}. */
    public boolean inShard(int shard, int shards) {
        return bucket() % shards == shard;
    }

    @Override
    public String toString() {
        return value;
    }
}
