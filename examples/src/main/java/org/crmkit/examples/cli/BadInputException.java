package org.crmkit.examples.cli;

/**
 * The input data is malformed (exit code 2): the message names the file, the line and the reason.
 *
 * @since 0.1
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A bad input with a complete, user-facing message. */
    public BadInputException(String message) {
        super(message);
    }
}
