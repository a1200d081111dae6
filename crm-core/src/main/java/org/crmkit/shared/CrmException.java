package org.crmkit.shared;

/**
 * The root of crmkit's unchecked exceptions. Catch a subclass to react to one kind of failure:
 * {@link NotFoundException}, {@link ValidationException}, {@link ConflictException}, {@link
 * RuleViolationException} or {@link StorageException}.
 *
 * @since 0.1
 */
public abstract class CrmException extends RuntimeException {

    /** An exception with {@code message}. */
    protected CrmException(String message) {
        super(message);
    }

    /** An exception with {@code message}, caused by {@code cause}. */
    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
