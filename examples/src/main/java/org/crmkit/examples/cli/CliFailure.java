package org.crmkit.examples.cli;

/**
 * A failure the user can act on (exit code 1): an unreadable file, a model that cannot be fitted.
 * Its message is printed without a stack trace unless {@code --debug} is given.
 *
 * @since 0.1
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a complete, user-facing message. */
    public CliFailure(String message) {
        super(message);
    }

    /** A failure with a complete, user-facing message, caused by {@code cause}. */
    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
