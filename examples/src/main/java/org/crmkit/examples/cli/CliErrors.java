package org.crmkit.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns exceptions into one message on stderr and an exit code: 2 for an invalid option or a
 * malformed input row, 1 for anything else. The stack trace only with {@code --debug}.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(ex.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        }
        if (debug(cmd.getParseResult())) {
            ex.printStackTrace(err);
        }
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex, cmd.getErr(), cmd.getCommandSpec().qualifiedName(), debug(parseResult));
    }

    /** Reports what a command ({@code name}, e.g. "crm analyze") threw and returns the exit code. */
    static int report(Exception ex, PrintWriter err, String name, boolean debug) {
        int exitCode;
        if (ex instanceof BadInputException) {
            err.println(name + ": " + ex.getMessage());
            exitCode = BAD_INPUT;
        } else if (ex instanceof CliFailure) {
            err.println(name + ": " + ex.getMessage());
            exitCode = FAILURE;
        } else {
            err.println(name + " failed: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
            exitCode = FAILURE;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /** Whether {@code --debug} was given to the command or any subcommand parsed. */
    private static boolean debug(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
