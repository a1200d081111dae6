package org.crmkit.examples.cli;

/**
 * Why one input row is malformed; the reader adds the file and line. Cheap to throw: no stack
 * trace, since with {@code --skip-bad-rows} a file may have many.
 */
final class RowError extends Exception {

    private static final long serialVersionUID = 1L;

    RowError(String reason) {
        super(reason, null, false, false);
    }
}
