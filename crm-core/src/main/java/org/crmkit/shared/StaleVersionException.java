package org.crmkit.shared;

/**
 * An optimistic write found that someone else changed the aggregate first. The outermost unit of
 * work retries these a bounded number of times ({@link UnitOfWork}) before letting one reach the
 * caller; a call nested in the caller's unit of work or the host's transaction lets it through at
 * once. Reload and try again.
 *
 * @since 0.1
 */
public class StaleVersionException extends ConflictException {

    /** See {@link #aggregateId()}. */
    private final String aggregateId;
    /** See {@link #expectedVersion()}. */
    private final long expectedVersion;

    /** {@code entity} {@code aggregateId} was no longer at {@code expectedVersion} when written. */
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
