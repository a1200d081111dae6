package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;

/**
 * Checks commands with Jakarta Validation at a service boundary and turns every violation into
 * one {@link org.crmkit.shared.ValidationException}.
 *
 * @since 0.1
 */
public final class CommandValidator {

    private final Validator validator;
    private final ThreadLocal<Boolean> trusting = new ThreadLocal<>();

    private CommandValidator(Validator validator) {
        this.validator = validator;
    }

    /** Uses the given validator. */
    public static CommandValidator using(Validator validator) {
        return new CommandValidator(checkNotNull(validator, "validator"));
    }

    /**
     * Finds a Jakarta Validation provider on the class path.
     *
     * @throws ValidatorMissingException if there is none, with what to add
     */
    public static CommandValidator discover() {
        try {
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            return new CommandValidator(factory.getValidator());
        } catch (NoProviderFoundException e) {
            throw new ValidatorMissingException(e);
        } catch (ValidationException e) {
            throw new ValidatorMissingException(e);
        }
    }

    /**
     * Validates {@code command}.
     *
     * @throws NullPointerException if {@code command} is null
     * @throws org.crmkit.shared.ValidationException listing every violation, if any
     */
    public <T> T check(T command) {
        checkNotNull(command, "command must not be null");
        if (trusting.get() != null) {
            return command;
        }
        Set<ConstraintViolation<T>> found = validator.validate(command);
        if (!found.isEmpty()) {
            List<Violation> violations =
                    found.stream()
                            .map(v -> Violation.of(v.getPropertyPath().toString(), v.getInvalidValue(), v.getMessage()))
                            .toList();
            throw new org.crmkit.shared.ValidationException(command.getClass().getSimpleName(), violations);
        }
        return command;
    }

    /**
     * Runs {@code work} with {@link #check} passing every command through unexamined on this
     * thread: for a caller that checked one command and derives from it the commands it hands to
     * other services sharing this validator (the commerce door checks a purchase once, then gives
     * each context its part). Services still apply their business rules. Nested calls are fine.
     *
     * @return what {@code work} returned
     */
    public <T> T trusting(java.util.function.Supplier<T> work) {
        checkNotNull(work, "work");
        if (trusting.get() != null) {
            return work.get();
        }
        trusting.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            trusting.remove();
        }
    }
}
