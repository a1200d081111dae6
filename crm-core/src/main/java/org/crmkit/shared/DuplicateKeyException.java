package org.crmkit.shared;

/**
 * A value that must be unique within the tenant is already taken, e.g. a mobile number that
 * another customer registered. The message names the field but never the value, which may be
 * personal data.
 *
 * @since 0.1
 */
public class DuplicateKeyException extends ConflictException {

    /** See {@link #field()}. */
    private final String field;

    /** A second {@code entity} with the same {@code field}. */
    public DuplicateKeyException(String entity, String field) {
        super("another " + entity + " in this tenant already has this " + field + "; " + field
                + " must be unique per tenant");
        this.field = field;
    }

    /** The field whose value is taken, e.g. {@code mobile}. */
    public String field() {
        return field;
    }
}
