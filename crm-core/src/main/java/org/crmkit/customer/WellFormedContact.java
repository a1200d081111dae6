package org.crmkit.customer;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Constraint on {@link ContactPoint}: the value must be well-formed for its {@link ContactType}
 * (see {@link ContactType#isWellFormed(String)}).
 *
 * @since 0.1
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = WellFormedContactValidator.class)
public @interface WellFormedContact {

    /** The message; the property path is the contact's {@code value}. */
    String message() default "is not a well-formed value for its contact type";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
