package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;

/**
 * Identifies a customer within a tenant. Opaque to crmkit: either supplied by the host (its own
 * member number, say) or generated with {@link #generate(IdGenerator)}.
 *
 * @param value 1 to 64 printable characters without spaces
 * @since 0.1
 */
public record CustomerId(String value) {

    static final int MAX_LENGTH = 64;

    /**
     * @throws IllegalArgumentException if {@code value} is empty, longer than 64 characters, or
     *     holds whitespace, control or non-ASCII characters
     */
    public CustomerId {
        checkNotNull(value, "customer id must not be null");
        if (!Texts.isPrintableAscii(value, MAX_LENGTH)) { // the message's text only for a refused id
            throw new IllegalArgumentException(Strings.lenientFormat(
                    "customer id must be 1 to %s printable ASCII characters without spaces but was '%s'", MAX_LENGTH, Texts.abbreviate(value)));
        }
    }

    /** Returns the customer id with the given value. */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /**
     * Returns a new id from {@code ids}, in the canonical text form of a UUID.
     *
     * @param ids the generator of the {@code Crm} that assigns it
     */
    public static CustomerId generate(IdGenerator ids) {
        return new CustomerId(ids.next().toString());
    }

    /**
     * Whether this customer belongs to shard {@code shard} of {@code shards}, by a hash of the id
     * that every instance computes alike.
     */
    public boolean inShard(int shard, int shards) {
        return Math.floorMod(value.hashCode(), shards) == shard;
    }

    @Override
    public String toString() {
        return value;
    }
}
