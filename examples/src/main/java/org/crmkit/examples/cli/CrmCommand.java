package org.crmkit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code crm} command line: {@code crm analyze} scores an order CSV (RFM, BG/NBD, Gamma-Gamma,
 * CLV). Subcommands are registered in the {@code subcommands} list below; a new one (e.g. {@code
 * crm demo}) is a picocli {@code @Command} class added there, with {@link GlobalOptions} mixed in
 * for {@code --debug} and {@code --quiet}.
 *
 * <p>Exit codes: 0 done, 1 failure (unreadable file, a model that cannot be fitted, an internal
 * error), 2 bad input (a malformed row, an invalid option). User errors print one message, never a
 * stack trace; {@code --debug} adds it.
 *
 * @since 0.1
 */
@Command(name = "crm", mixinStandardHelpOptions = true, versionProvider = CrmVersion.class,
        description = "crmkit on the command line: a demo of the whole library, and customer-value analytics on your own order data.",
        // the subcommand registry
        subcommands = {DemoCommand.class, AnalyzeCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failure (unreadable file, model not fitted, internal error)",
            "2:bad input (malformed row, invalid option)"})
public final class CrmCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs {@code crm} with {@code args} and exits the JVM with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.crmkit") == null && !java.util.Arrays.asList(args).contains("--debug")) {
            // the library logs each batch run at INFO (simplelogger.properties); on the command line the report says it all
            System.setProperty("org.slf4j.simpleLogger.log.org.crmkit", "warn");
        }
        PrintWriter out = new ByteWriter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
                true);
        int exitCode = QuickAnalyze.run(args, out, err).orElseGet(() -> commandLine().setOut(out).setErr(err).execute(args));
        out.flush();
        System.exit(exitCode);
    }

    /**
     * The {@code crm} command line with crmkit's error handling: set its out and err writers to
     * capture output, then call {@link CommandLine#execute(String...)}.
     */
    public static CommandLine commandLine() {
        CliErrors errors = new CliErrors();
        return new CommandLine(new CrmCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** {@code crm} alone: a subcommand is missing. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command, e.g. 'crm analyze --orders orders.csv'");
    }
}
