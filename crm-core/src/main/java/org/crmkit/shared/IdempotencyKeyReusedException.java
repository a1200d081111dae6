package org.crmkit.shared;


/**
 * An idempotency key that an earlier, different request already used. A key may be replayed only
 * with the same request.
 *
 * @since 0.1
 */
public class IdempotencyKeyReusedException extends ConflictException {

    /** {@code key} was first used for {@code firstOperation}. */
    public IdempotencyKeyReusedException(String key, String firstOperation) {
        super("idempotency key '" + key + "' was already used by a different " + firstOperation
                + " request; use a new key for a new operation");
    }
}
