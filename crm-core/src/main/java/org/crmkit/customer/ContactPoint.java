package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One way to reach a customer.
 *
 * @param type what kind of contact this is
 * @param value the address or number, up to 500 characters, one line
 * @param verified whether the customer proved they own it (an SMS code, a confirmation mail)
 * @since 0.1
 */
@WellFormedContact
public record ContactPoint(
        @NotNull ContactType type,
        @NotBlank @Size(max = 500) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE)
                String value,
        boolean verified) {

    /** Checks and normalises the components as the record's description says. */
    public ContactPoint {
        checkNotNull(type, "contact type must not be null");
        checkNotNull(value, "contact value must not be null");
    }

    /** An unverified contact point. */
    public static ContactPoint of(ContactType type, String value) {
        return new ContactPoint(type, value, false);
    }

    /** A verified contact point. */
    public static ContactPoint verified(ContactType type, String value) {
        return new ContactPoint(type, value, true);
    }

    /** This contact with its value in the type's canonical form. */
    public ContactPoint normalized() {
        return new ContactPoint(type, type.normalize(value), verified);
    }
}
