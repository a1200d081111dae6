package org.crmkit.shared;

/**
 * The storage failed (connection lost, SQL error, ...). Wraps the cause; the unit of work that
 * raised it was rolled back.
 *
 * @since 0.1
 */
public class StorageException extends CrmException {

    /** The storage failed with {@code cause}. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
