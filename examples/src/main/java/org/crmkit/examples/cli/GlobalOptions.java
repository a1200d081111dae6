package org.crmkit.examples.cli;

import picocli.CommandLine.Option;

/**
 * Options every {@code crm} subcommand takes: mix in with {@code @Mixin GlobalOptions global;}.
 *
 * @since 0.1
 */
public final class GlobalOptions {

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    private boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "No progress or step timings on stderr.")
    private boolean quiet;

    /** Whether {@code --debug} was given. */
    public boolean debug() {
        return debug;
    }

    /** Whether {@code --quiet} was given. */
    public boolean quiet() {
        return quiet;
    }

    /** Sets what {@code --debug} and {@code --quiet} set, for {@link QuickAnalyze}. */
    void set(boolean debug, boolean quiet) {
        this.debug = debug;
        this.quiet = quiet;
    }
}
