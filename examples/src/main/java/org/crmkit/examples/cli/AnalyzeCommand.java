package org.crmkit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.scoring.PurchaseModelChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm analyze}: reads an order CSV, fits a purchase model (BG/NBD unless {@code --model} says
 * mbgnbd, pareto or auto) and Gamma-Gamma as {@code lifetimes} does,
 * and reports per customer frequency, recency, T, monetary value, P(alive), expected purchases,
 * CLV and RFM segment.
 *
 * <p>Rows dated after the observation end are left out and counted (with {@code
 * --calibration-end} alone, that is the holdout you did not ask for); malformed rows stop the run
 * with exit code 2 unless {@code --skip-bad-rows}.
 *
 * @since 0.1
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
        description = {"Scores customers from an order CSV: RFM segment, BG/NBD P(alive) and expected purchases,"
            + " Gamma-Gamma spend and CLV, with the same numbers as Python's lifetimes.",
            "One row per order or order line; rows of one customer on one date are one purchase (amounts summed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failure (unreadable file, model not fitted)",
            "2:bad input (malformed row: line number and reason on stderr; invalid option)"},
        footerHeading = "%nExample:%n",
        footer = "  crm analyze --orders orders.csv --calibration-end 1997-09-30 --format json --out scores.json")
public final class AnalyzeCommand implements Callable<Integer> {

    static final String DEFAULT_PERIOD = "weeks";
    static final String DEFAULT_HORIZON_MONTHS = "12";
    static final String DEFAULT_DISCOUNT_RATE = "0.01";
    static final String DEFAULT_MARGIN = "1";
    static final String DEFAULT_PENALIZER = "0";
    static final String DEFAULT_FORMAT = "table";
    static final String DEFAULT_MODEL = "bgnbd";

    @Spec
    private CommandSpec spec;

    @Option(names = "--orders", required = true, paramLabel = "FILE",
            description = "Order CSV with a header; columns customer_id,date,amount unless --columns says otherwise.")
    private Path orders;

    @Option(names = "--columns", split = ",", paramLabel = "NAME=COLUMN", mapFallbackValue = "",
            description = "Header names of the customer_id, date and amount columns, e.g."
                    + " customer_id=cust,date=order_date,amount=total.")
    private Map<String, String> columns;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "java.time pattern of the dates, e.g. dd/MM/yyyy (default: ISO-8601 dates; an ISO date-time"
                    + " counts on the date it names).")
    private String dateFormat;

    @Option(names = "--period", defaultValue = DEFAULT_PERIOD, paramLabel = "days|weeks", converter = PeriodConverter.class,
            description = "Unit of recency, T and the models: days, or weeks = days / 7 from each customer's first"
                    + " purchase (default: ${DEFAULT-VALUE}).")
    private PeriodUnit period;

    @Option(names = "--calibration-end", paramLabel = "DATE", converter = DateConverter.class,
            description = "Last day (inclusive) of the orders the models are fitted on; T runs to it (default: the"
                    + " observation end).")
    private LocalDate calibrationEnd;

    @Option(names = "--observation-end", paramLabel = "DATE", converter = DateConverter.class,
            description = "Last day (inclusive) read; later rows are left out and counted (default: the calibration end,"
                    + " or the last order date).")
    private LocalDate observationEnd;

    @Option(names = "--horizon-months", defaultValue = DEFAULT_HORIZON_MONTHS, paramLabel = "N",
            description = "Months of expected purchases and CLV (default: ${DEFAULT-VALUE}).")
    private int horizonMonths;

    @Option(names = "--discount-rate", defaultValue = DEFAULT_DISCOUNT_RATE, paramLabel = "RATE",
            description = "Monthly discount rate of the CLV (default: ${DEFAULT-VALUE}).")
    private double discountRate;

    @Option(names = "--margin", defaultValue = DEFAULT_MARGIN, paramLabel = "FRACTION",
            description = "Profit margin applied to spend in the CLV (default: ${DEFAULT-VALUE}, i.e. revenue).")
    private double margin;

    @Option(names = "--penalizer", defaultValue = DEFAULT_PENALIZER, paramLabel = "COEF",
            description = "L2 penalizer of both fits, as lifetimes' penalizer_coef (default: ${DEFAULT-VALUE}).")
    private double penalizer;

    @Option(names = "--model", defaultValue = DEFAULT_MODEL, paramLabel = "bgnbd|mbgnbd|pareto|auto",
            converter = ModelConverter.class,
            description = "Purchase model of P(alive), expected purchases and CLV (default: ${DEFAULT-VALUE}): bgnbd, mbgnbd,"
                    + " pareto, or auto: each fitted, the smallest holdout RMSE by customer kept when --observation-end is"
                    + " after --calibration-end, else the highest log-likelihood.")
    private PurchaseModelChoice model;

    @Option(names = "--format", defaultValue = DEFAULT_FORMAT, paramLabel = "json|csv|table",
            description = "Output form (default: ${DEFAULT-VALUE}): json (summary and customerScores), csv (one line per"
                    + " customer) or table (summary and aligned rows).")
    private ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    private Path out;

    @Option(names = "--summary-only", description = "Everything but the per-customer rows.")
    private boolean summaryOnly;

    @Option(names = "--skip-bad-rows", description = "Skip and count malformed rows instead of stopping with exit code 2.")
    private boolean skipBadRows;

    @Mixin
    private GlobalOptions global = new GlobalOptions();

    /**
     * Reads, fits, scores and writes.
     *
     * @return 0; failures are exceptions that {@link CrmCommand#commandLine()} turns into exit codes 1 and 2
     */
    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The command as {@link QuickAnalyze} reads it: options by name with their text as given, the
     * others at their defaults.
     *
     * @throws IllegalArgumentException   if a value is not valid for its option (picocli then explains it)
     * @throws java.time.DateTimeException if a date option is not an ISO date
     */
    static AnalyzeCommand of(Map<String, String> values, boolean summaryOnly, boolean skipBadRows, boolean debug,
            boolean quiet) {
        AnalyzeCommand command = new AnalyzeCommand();
        command.orders = Path.of(values.get("--orders"));
        command.dateFormat = values.get("--date-format");
        command.period = new PeriodConverter().convert(values.getOrDefault("--period", DEFAULT_PERIOD));
        command.calibrationEnd = date(values.get("--calibration-end"));
        command.observationEnd = date(values.get("--observation-end"));
        command.horizonMonths = Integer.parseInt(values.getOrDefault("--horizon-months", DEFAULT_HORIZON_MONTHS));
        command.discountRate = Double.parseDouble(values.getOrDefault("--discount-rate", DEFAULT_DISCOUNT_RATE));
        command.margin = Double.parseDouble(values.getOrDefault("--margin", DEFAULT_MARGIN));
        command.penalizer = Double.parseDouble(values.getOrDefault("--penalizer", DEFAULT_PENALIZER));
        command.model = new ModelConverter().convert(values.getOrDefault("--model", DEFAULT_MODEL));
        command.format = ReportFormat.valueOf(values.getOrDefault("--format", DEFAULT_FORMAT).toUpperCase(Locale.ROOT));
        command.out = values.containsKey("--out") ? Path.of(values.get("--out")) : null;
        command.summaryOnly = summaryOnly;
        command.skipBadRows = skipBadRows;
        command.global.set(debug, quiet);
        new AnalysisSettings(command.period, command.calibrationEnd, command.observationEnd, command.horizonMonths,
                command.discountRate, command.margin, command.penalizer, command.model);
        if (command.dateFormat != null) {
            OrderDates.pattern(command.dateFormat);
        }
        return command;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.trim());
    }

    /** What the options say, for comparing two ways of reading them. */
    String describe() {
        return String.join(" ", String.valueOf(orders), String.valueOf(columns), String.valueOf(dateFormat),
                String.valueOf(settings()), String.valueOf(format), String.valueOf(out), String.valueOf(summaryOnly),
                String.valueOf(skipBadRows), String.valueOf(global.debug()), String.valueOf(global.quiet()));
    }

    /** Whether --debug was given. */
    boolean debug() {
        return global.debug();
    }

    /** Reads, fits, scores and writes, with output to {@code stdout} unless --out and step timings to {@code stderr}. */
    int run(PrintWriter stdout, PrintWriter stderr) {
        AnalysisSettings settings = settings();
        OrderColumns names = columnNames();
        OrderDates dates = dates();
        if (global.debug()) {
            System.setProperty("org.slf4j.simpleLogger.log.org.crmkit", "debug");
        }
        Progress progress = new Progress(stderr, global.quiet(), global.debug(), "crm analyze");
        OrderRows rows = read(names, dates);
        progress.step("read " + Progress.count(rows.size()) + " rows of " + Progress.count(rows.ids().size()) + " customers from "
                + orders);
        if (rows.badRows() > 0) {
            progress.say("skipped " + Progress.count(rows.badRows()) + " bad rows; the first: " + String.join("; ", rows.badRowReasons()));
        }
        AnalysisResult result = ValueAnalysis.run(rows, settings, progress);
        write(result, stdout);
        progress.step("wrote " + format + (out == null ? "" : " to " + out));
        progress.say("done in " + Progress.decimals(progress.seconds(), 2) + " s");
        return 0;
    }

    private AnalysisSettings settings() {
        return option(() -> new AnalysisSettings(period, calibrationEnd, observationEnd, horizonMonths, discountRate, margin,
                penalizer, model));
    }

    private OrderColumns columnNames() {
        return option(() -> OrderColumns.of(columns));
    }

    private OrderDates dates() {
        return dateFormat == null ? OrderDates.iso() : option(() -> OrderDates.pattern(dateFormat));
    }

    /** The value, or a usage error (exit code 2) with the message of the IllegalArgumentException it threw. */
    private <T> T option(Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private OrderRows read(OrderColumns names, OrderDates dates) {
        try {
            return new OrderCsvReader(names, dates, skipBadRows).read(orders);
        } catch (NoSuchFileException e) {
            throw new CliFailure("cannot read " + orders + ": no such file", e);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + orders + ": " + e, e);
        }
    }

    private void write(AnalysisResult result, PrintWriter writer) {
        try {
            if (out == null) {
                format.write(result, summaryOnly, ReportOutput.of(writer));
                writer.flush();
            } else {
                // the buffer holds the header until the first chunk is formatted: only then does a write wait for the old
                // file's truncation (OutputFile)
                try (OutputStream file = new BufferedOutputStream(OutputFile.open(out), 1 << 16)) {
                    format.write(result, summaryOnly, ReportOutput.of(file));
                }
            }
        } catch (IOException e) {
            throw new CliFailure("cannot write " + (out == null ? "the output" : out) + ": " + e, e);
        }
    }
}
