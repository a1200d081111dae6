package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrmHelpTest {

    @Test
    void crm_help_lists_the_analyze_command_and_the_standard_options() {
        // when
        CrmRun run = CrmRun.of("--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: crm", "analyze", "help", "--help", "--version", "Exit codes:");
    }

    @Test
    void crm_analyze_help_lists_every_option_with_its_default() {
        // when
        CrmRun run = CrmRun.of("analyze", "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--orders=FILE", "--columns=NAME=COLUMN", "--date-format=PATTERN", "--period=days|weeks",
                "--calibration-end=DATE", "--observation-end=DATE", "--horizon-months=N", "--discount-rate=RATE",
                "--margin=FRACTION", "--penalizer=COEF", "--format=json|csv|table", "--out=FILE", "--summary-only",
                "--skip-bad-rows", "--debug", "--quiet", "--help", "--version");
        assertThat(run.out()).contains("(default: weeks)", "(default: 12)", "(default: 0.01)", "(default: 1, i.e. revenue)",
                "(default: 0)", "(default: table)");
    }

    @Test
    void crm_help_analyze_is_the_same_as_crm_analyze_help() {
        // when
        CrmRun run = CrmRun.of("help", "analyze");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(CrmRun.of("analyze", "--help").out());
    }

    @Test
    void crm_version_names_the_crmkit_version() {
        // when
        CrmRun run = CrmRun.of("--version");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("crm (crmkit) 0.").doesNotContain("${");
    }

    @Test
    void crm_without_a_command_says_so_and_exits_with_2() {
        // when
        CrmRun run = CrmRun.of();

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing a command").contains("crm --help");
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_code_2_and_a_suggestion() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", "x.csv", "--horizon", "6");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("--horizon-months");
        assertThat(run.out()).isEmpty();
    }
}
