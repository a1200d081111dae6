package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks commands with Jakarta Validation at a service boundary and turns every violation into
 * one {@link org.crmkit.shared.ValidationException}.
 *
 * @since 0.1
 */
public final class CommandValidator {

    /** A validator and the shortcut made from its metadata. */
    private record Checks(Validator validator, ConstraintShortcut shortcut) {
        Checks(Validator validator) {
            this(validator, new ConstraintShortcut(validator));
        }
    }

    /**
     * The provider's validator {@link #discover} found, made once: a factory per {@code Crm} built
     * cost about 3 ms (most of building one) and was never closed, and each shortcut kept its own
     * metadata per command class. Guarded by the class.
     */
    private static @Nullable Checks discovered;

    private final Validator validator;
    private final ConstraintShortcut shortcut;
    private final ThreadLocal<Boolean> trusting = new ThreadLocal<>();

    private CommandValidator(Checks checks) {
        this.validator = checks.validator();
        this.shortcut = checks.shortcut();
    }

    /** Uses the given validator. */
    public static CommandValidator using(Validator validator) {
        return new CommandValidator(new Checks(checkNotNull(validator, "validator")));
    }

    /**
     * Finds a Jakarta Validation provider on the class path. Its default validator is made on the
     * first call that finds one and shared by every later call (validators are thread-safe).
     *
     * @throws ValidatorMissingException if there is none, with what to add
     */
    public static CommandValidator discover() {
        synchronized (CommandValidator.class) {
            if (discovered == null) {
                try {
                    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                    discovered = new Checks(factory.getValidator());
                } catch (NoProviderFoundException e) {
                    throw new ValidatorMissingException(e);
                } catch (ValidationException e) {
                    throw new ValidatorMissingException(e);
                }
            }
            return new CommandValidator(discovered);
        }
    }

    /**
     * Validates {@code command}: its Jakarta Validation constraints, and in every text it holds
     * (its string components, those of the records, lists and maps inside it) the one text policy
     * of {@link TextRules#unstorable}, and in every date and instant it holds the range of {@link
     * Limits}.
     *
     * @throws NullPointerException if {@code command} is null
     * @throws org.crmkit.shared.ValidationException listing every violation, if any
     */
    public <T> T check(T command) {
        checkNotNull(command, "command must not be null");
        if (trusting.get() != null) {
            return command;
        }
        // the validator runs only for a command the shortcut cannot prove valid: it cost a third of an operation
        Set<ConstraintViolation<T>> found = shortcut.provesValid(command) ? Set.of() : validator.validate(command);
        List<Violation> unstorable = new ArrayList<>(0);
        StorableValues.scan("", command, unstorable);
        if (found.isEmpty() && unstorable.isEmpty()) { // the everyday case: nothing to gather
            return command;
        }
        List<Violation> violations = new ArrayList<>();
        found.forEach(v -> violations.add(Violation.of(v.getPropertyPath().toString(), v.getInvalidValue(), v.getMessage())));
        // one violation per field: a field its constraints refused already is not reported again
        Set<String> refused = new java.util.HashSet<>();
        violations.forEach(v -> refused.add(v.field()));
        unstorable.stream().filter(v -> !refused.contains(v.field())).forEach(violations::add);
        throw new org.crmkit.shared.ValidationException(command.getClass().getSimpleName(), violations);
    }

    /** The validator this one asks (for tests in this package). */
    Validator validator() {
        return validator;
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
