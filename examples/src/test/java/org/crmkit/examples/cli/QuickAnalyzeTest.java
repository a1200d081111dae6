package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The quick reader of crm analyze's arguments reads what picocli reads, or leaves the arguments to picocli. */
class QuickAnalyzeTest {

    /** What picocli leaves to itself: help, version and the map-valued --columns. */
    private static final List<String> PICOCLI_ONLY = List.of("-h", "--help", "-V", "--version", "--columns");

    @Test
    void every_option_of_crm_analyze_is_read_quickly_with_its_arity_or_left_to_picocli() {
        // given
        CommandLine analyze = CrmCommand.commandLine().getSubcommands().get("analyze");
        List<String> picocliNames = new ArrayList<>();

        // then
        for (OptionSpec option : analyze.getCommandSpec().options()) {
            for (String name : option.names()) {
                picocliNames.add(name);
                if (QuickAnalyze.FLAGS.contains(name)) {
                    assertThat(option.arity().max()).as(name).isZero();
                } else if (QuickAnalyze.VALUES.contains(name)) {
                    assertThat(option.arity().min()).as(name).isOne();
                } else {
                    assertThat(PICOCLI_ONLY).as(name + " is neither read quickly nor left to picocli").contains(name);
                }
            }
        }
        assertThat(picocliNames).containsAll(QuickAnalyze.VALUES).containsAll(QuickAnalyze.FLAGS);
    }

    @Test
    void plain_arguments_are_read_as_picocli_reads_them() {
        String[][] cases = {
            {"analyze", "--orders", "o.csv"},
            {"analyze", "--orders=o.csv", "--format", "CSV", "--out", "s.csv", "-q", "--summary-only"},
            {"analyze", "--orders", "o.csv", "--period", "days", "--calibration-end", "1997-09-30", "--observation-end",
                "1998-06-30", "--horizon-months", "6", "--discount-rate", "0.02", "--margin", "0.3", "--penalizer", "1e-3"},
            {"analyze", "--skip-bad-rows", "--debug", "--orders", "o.csv", "--date-format", "dd/MM/yyyy", "--format=json"},
        };
        for (String[] args : cases) {
            // when
            AnalyzeCommand quick = QuickAnalyze.read(args);
            CommandLine picocli = CrmCommand.commandLine();
            AnalyzeCommand parsed = picocli.parseArgs(args).subcommand().commandSpec().commandLine().getCommand();

            // then
            assertThat(quick).as(String.join(" ", args)).isNotNull();
            assertThat(quick.describe()).isEqualTo(parsed.describe());
        }
    }

    @Test
    void help_unknown_repeated_or_unconvertible_arguments_are_left_to_picocli() {
        String[][] cases = {
            {"analyze", "--help"}, {"analyze", "--orders", "o.csv", "--columns", "date=day"}, {"analyze", "--orders"},
            {"analyze", "--orders", "o.csv", "--orders", "p.csv"}, {"analyze", "--orders", "o.csv", "--margin", "-1"},
            {"analyze", "--orders", "o.csv", "--calibration-end", "30/09/1997"}, {"analyze", "--orders", "o.csv", "--x"},
            {"analyze", "--format", "csv"}, {"demo"}, {},
        };
        for (String[] args : cases) {
            assertThat(QuickAnalyze.read(args)).as(String.join(" ", args)).isNull();
        }
    }
}
