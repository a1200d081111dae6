package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A field a context declares as personal data, with what erasure does to it.
 *
 * @param field where it lives, e.g. {@code case.details.subject}
 * @param erasure what erasure leaves, e.g. {@code replaced by [erased]}
 * @since 0.2
 */
public record PersonalField(String field, String erasure) {

    /** Checks and normalises the components as the record's description says. */
    public PersonalField {
        checkNotNull(field, "field");
        checkArgument(!field.isBlank(), "field must not be blank");
        checkNotNull(erasure, "erasure");
    }

    /** Shortcut for {@code new PersonalField(field, erasure)}. */
    public static PersonalField of(String field, String erasure) {
        return new PersonalField(field, erasure);
    }
}
