package org.crmkit.customer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link WellFormedContact}. Public only because validation providers instantiate it;
 * not meant to be called directly.
 *
 * @since 0.1
 */
public final class WellFormedContactValidator implements ConstraintValidator<WellFormedContact, ContactPoint> {

    /** Called by the validation provider. */
    public WellFormedContactValidator() {}

    @Override
    public boolean isValid(ContactPoint contact, ConstraintValidatorContext context) {
        if (contact == null || contact.type() == null || contact.value() == null || contact.value().isBlank()) {
            return true; // @NotNull / @NotBlank report these
        }
        if (contact.type().isWellFormed(contact.value())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("is not a well-formed " + contact.type().label())
                .addPropertyNode("value")
                .addConstraintViolation();
        return false;
    }
}
