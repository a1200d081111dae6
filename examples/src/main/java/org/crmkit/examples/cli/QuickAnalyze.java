package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code crm analyze} without picocli when the arguments are plain: building picocli's model of
 * the commands loads some 180 classes compiled for Java 5, which class-data sharing cannot archive,
 * and costs more start-up than the analysis of a million rows has left to spend. Arguments are
 * plain when each is one of {@link #VALUES} followed by its value (or {@code --name=value}) or one
 * of {@link #FLAGS}, none repeated, and every value converts; anything else (help, --columns, an
 * unknown option, a value that does not convert) is left to picocli, which reads it or explains
 * what is wrong. {@code QuickAnalyzeTest} holds this reader to picocli's.
 */
final class QuickAnalyze {

    /** Options with a value that are read here. */
    static final Set<String> VALUES = Set.of("--orders", "--date-format", "--period", "--calibration-end", "--observation-end",
            "--horizon-months", "--discount-rate", "--margin", "--penalizer", "--format", "--out", "--model");
    /** Flags that are read here. */
    static final Set<String> FLAGS = Set.of("--summary-only", "--skip-bad-rows", "--debug", "-q", "--quiet");

    private QuickAnalyze() {}

    /** Runs {@code crm analyze} if the arguments are plain; empty if picocli must read them. */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        AnalyzeCommand command = read(args);
        if (command == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(command.run(out, err));
        } catch (RuntimeException e) {
            return OptionalInt.of(CliErrors.report(e, err, "crm analyze", command.debug()));
        }
    }

    /** The command the arguments ask for, or null if they are not plain. */
    static AnalyzeCommand read(String[] args) {
        if (args.length == 0 || !args[0].equals("analyze")) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Boolean> flags = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (FLAGS.contains(arg)) {
                if (flags.put(name.equals("-q") ? "--quiet" : name, true) != null) {
                    return null;
                }
            } else if (VALUES.contains(name)) {
                String value = equals > 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.startsWith("-") || values.put(name, value) != null) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (!values.containsKey("--orders")) {
            return null;
        }
        try {
            return AnalyzeCommand.of(values, flags.containsKey("--summary-only"), flags.containsKey("--skip-bad-rows"),
                    flags.containsKey("--debug"), flags.containsKey("--quiet"));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
