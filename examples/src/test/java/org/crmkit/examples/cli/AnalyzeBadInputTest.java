package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed input: exit code 2 with the line and the reason, or skipped and counted; never a stack trace. */
class AnalyzeBadInputTest {

    private static final String GOOD_ROWS = "2,1997-01-02,12.00\n3,1997-01-03,13.50\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing column   | 1,1997-01-01                 | line 3: missing column amount: the row has 2 fields but the header has 3",
        "extra field      | 1,1997-01-01,1,234.50        | line 3: the row has 4 fields but the header has 3 (quote a value that contains a comma)",
        "missing id       | ' ,1997-01-01,10'            | line 3: missing customer id (column customer_id is empty)",
        "missing date     | 1,,10                        | line 3: missing date (column date is empty)",
        "bad date         | 1,1997-02-30,10              | line 3: bad date '1997-02-30' (expected an ISO date like 2024-03-15",
        "not a date       | 1,01/02/1997,10              | line 3: bad date '01/02/1997'",
        "bad date-time    | 1,1997-01-01T25:00,10        | line 3: bad date '1997-01-01T25:00'",
        "missing amount   | 1,1997-01-01,                | line 3: missing amount (column amount is empty)",
        "bad amount       | 1,1997-01-01,12.5 USD        | line 3: bad amount '12.5 USD' (expected a plain number like 29.33",
        "NaN amount       | 1,1997-01-01,NaN             | line 3: bad amount 'NaN'",
        "negative amount  | 1,1997-01-01,-5.00           | line 3: negative amount -5.00 (amounts must be >= 0",
        "open quote       | '1,1997-01-01,\"10'          | line 3: a quoted value is not closed",
        "text after quote | '\"1\"x,1997-01-01,10'       | line 3: text after the closing quote of a quoted value"})
    void a_malformed_row_stops_the_run_with_exit_code_2_naming_its_line_and_reason(String mode, String row, String reason) {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n1,1997-01-01,10.00\n" + row + "\n"
                + GOOD_ROWS);

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(orders + " " + reason).contains("--skip-bad-rows").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void skip_bad_rows_skips_and_counts_each_malformed_row_and_names_the_first() {
        // given CDNOW with five bad rows after the header (lines 2 to 6) and one at the end
        String cdnow = OrderFiles.cdnowCsv();
        int header = cdnow.indexOf('\n') + 1;
        String bad = "1,1997-13-01,10\n1,1997-01-01,-1\n,1997-01-01,1\n1,1997-01-01\n1,1997-01-01,ten\n";
        Path orders = OrderFiles.write(dir, "orders.csv", cdnow.substring(0, header) + bad + cdnow.substring(header)
                + "1,1997-01-01,1,2\n");

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format",
                "json", "--summary-only", "--skip-bad-rows");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("input").get("badRowsSkipped").asLong()).isEqualTo(6);
        assertThat(json.get("input").get("rows").asLong()).isEqualTo(6919);
        assertThat(json.get("customers").asInt()).isEqualTo(2357);
        assertThat(run.err()).contains("skipped 6 bad rows", "line 2: bad date", "line 3: negative amount",
                "line 4: missing customer id", "line 5: missing column amount", "line 6: bad amount 'ten'",
                "line 6926: the row has 4 fields");
    }

    @Test
    void rows_after_the_observation_end_are_left_out_and_counted_not_errors() {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", OrderFiles.cdnowCsv());

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--observation-end", "1997-09-30", "--format",
                "json", "--summary-only");

        // then the 1,959 CDNOW records after September 1997 are the holdout nobody asked for
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("input").get("rowsAfterObservationEnd").asLong()).isEqualTo(1959);
        assertThat(run.json().get("input").get("rows").asLong()).isEqualTo(6919);
        assertThat(run.json().get("calibrationEnd").asText()).isEqualTo("1997-09-30");
    }

    @Test
    void a_header_without_the_amount_column_is_bad_input_that_cannot_be_skipped() {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", "customer_id,date,total\n1,1997-01-01,10\n");

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--skip-bad-rows");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1: the header has no column 'amount' (it has customer_id, date, total); name the"
                + " amount column with --columns amount=NAME");
    }

    @Test
    void an_empty_file_is_bad_input() {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", "\n\n");

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is empty; expected a header line such as customer_id,date,amount");
    }

    @Test
    void a_missing_file_is_a_failure_with_exit_code_1_and_no_stack_trace() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", dir.resolve("nope.csv").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("crm analyze: cannot read " + dir.resolve("nope.csv") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void debug_adds_the_stack_trace() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", dir.resolve("nope.csv").toString(), "--debug");

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("CliFailure: cannot read").contains("\tat org.crmkit.examples.cli.AnalyzeCommand");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--calibration-end=1997-13-01   | '1997-13-01' is not a date; use the ISO form yyyy-MM-dd",
        "--period=months                | 'months' is not a period; use days or weeks",
        "--format=xml                   | Invalid value for option '--format'",
        "--date-format=yyyy-MM-bb       | --date-format: invalid pattern 'yyyy-MM-bb'",
        "--columns=store=shop           | --columns: unknown column 'store'",
        "--horizon-months=0             | --horizon-months must be >= 1 but was 0",
        "--discount-rate=-0.1           | --discount-rate must be >= 0 but was -0.1",
        "--margin=0                     | --margin must be > 0 but was 0.0",
        "--penalizer=-1                 | --penalizer must be >= 0 but was -1.0"})
    void an_invalid_option_is_a_usage_error_with_exit_code_2(String option, String message) {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n1,1997-01-01,10\n");

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), option);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void an_observation_end_before_the_calibration_end_is_a_usage_error() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", "orders.csv", "--calibration-end", "1997-09-30", "--observation-end",
                "1997-06-30");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--observation-end 1997-06-30 is before --calibration-end 1997-09-30");
    }
}
