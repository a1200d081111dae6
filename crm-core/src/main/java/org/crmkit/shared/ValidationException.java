package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command was rejected before anything was written. Lists every broken constraint, not just
 * the first, sorted by field.
 *
 * @since 0.1
 */
public class ValidationException extends CrmException {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::field).thenComparing(Violation::message);

    /** See {@link #command()}. */
    private final String command;
    /** See {@link #violations()}. */
    private final List<Violation> violations;

    /**
     * @param command the simple name of the rejected command
     * @param violations at least one violation
     */
    public ValidationException(String command, List<Violation> violations) {
        super(message(command, violations));
        this.command = command;
        this.violations = violations.stream().sorted(ORDER).toList();
    }

    /**
     * Refuses {@code command} if any constraint is broken: the one way the services turn the
     * violations they collected into this exception.
     *
     * @param command the rejected command; its simple class name names it in the message
     * @throws ValidationException listing {@code violations} unless there are none
     */
    public static void throwIfAny(Object command, List<Violation> violations) {
        throwIfAny(command.getClass().getSimpleName(), violations);
    }

    /**
     * Refuses the command named {@code command} if any constraint is broken.
     *
     * @param command the simple name of the rejected command, e.g. {@code RecordRefund}
     * @throws ValidationException listing {@code violations} unless there are none
     */
    public static void throwIfAny(String command, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(command, violations);
        }
    }

    /** The simple name of the rejected command, e.g. {@code RegisterCustomer}. */
    public String command() {
        return command;
    }

    /** Every broken constraint, sorted by field. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String command, List<Violation> violations) {
        checkArgument(!violations.isEmpty(), "a validation exception needs at least one violation");
        return command
                + " is invalid ("
                + violations.size()
                + (violations.size() == 1 ? " violation" : " violations")
                + "): "
                + violations.stream()
                        .sorted(ORDER)
                        .map(Violation::toString)
                        .collect(Collectors.joining("; "));
    }
}
