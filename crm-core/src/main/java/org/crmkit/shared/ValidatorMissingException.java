package org.crmkit.shared;

/**
 * No Jakarta Validation provider was given or found, so commands could not be validated. crmkit
 * never runs without validation.
 *
 * @since 0.1
 */
public class ValidatorMissingException extends CrmException {

    /** No Jakarta Validation provider could be loaded; {@code cause} says why. */
    public ValidatorMissingException(Throwable cause) {
        super("crmkit validates every command but found no Jakarta Validation provider: add one to"
                + " the classpath (e.g. org.hibernate.validator:hibernate-validator 9.x with"
                + " org.glassfish.expressly:expressly) or pass a jakarta.validation.Validator to"
                + " Crm.builder().validator(...)", cause);
    }
}
