package org.crmkit.shared;

/**
 * An optimistic write found that someone else changed the aggregate first. Services retry these
 * a bounded number of times before letting one reach the caller; reload and try again.
 *
 * @since 0.1
 */
public class StaleVersionException extends ConflictException {

    private final String aggregateId;
    private final long expectedVersion;

    public StaleVersionException(String entity, String aggregateId, long expectedVersion) {
        super(entity
                + " '"
                + Texts.abbreviate(aggregateId)
                + "' was changed concurrently: expected version "
                + expectedVersion
                + " is no longer current; reload it and try again");
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
    }

    /** The id of the aggregate that changed underneath. */
    public String aggregateId() {
        return aggregateId;
    }

    /** The version the writer expected. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
