package org.crmkit.shared;

/**
 * The request clashes with the current state: a stale version ({@link StaleVersionException}) or
 * a value that must be unique is taken ({@link DuplicateKeyException}). Nothing was written.
 *
 * @since 0.1
 */
public class ConflictException extends CrmException {

    /** A conflict described by {@code message}. */
    public ConflictException(String message) {
        super(message);
    }
}
