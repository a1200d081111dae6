package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One broken constraint of a command.
 *
 * @param field the property path, e.g. {@code contacts[0].value}
 * @param invalidValue the rejected value, abbreviated to 80 characters
 * @param message why it was rejected
 * @since 0.1
 */
public record Violation(String field, String invalidValue, String message) {

    /** Checks and normalises the components as the record's description says. */
    public Violation {
        checkNotNull(field, "field");
        checkNotNull(message, "message");
    }

    /** Creates a violation, abbreviating the value so that huge input stays readable. */
    public static Violation of(String field, Object invalidValue, String message) {
        return new Violation(
                field, invalidValue == null ? null : Texts.abbreviate(invalidValue), message);
    }

    @Override
    public String toString() {
        return field + " " + message + " (was " + (invalidValue == null ? "null" : "'" + invalidValue + "'") + ")";
    }
}
