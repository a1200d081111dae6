package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table, CSV and JSON forms, --out, --summary-only and --quiet on the CDNOW sample. */
class AnalyzeOutputFormsTest {

    @TempDir
    static Path dir;

    private static Path orders;

    @BeforeAll
    static void write_cdnow() {
        orders = OrderFiles.write(dir, "cdnow.csv", OrderFiles.cdnowCsv());
    }

    @Test
    void the_table_shows_the_summary_then_one_aligned_line_per_customer() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30");

        // then
        List<String> lines = run.out().lines().toList();
        assertThat(run.exitCode()).isZero();
        assertThat(lines.get(0)).isEqualTo("customers     2,357 (946 repeat; 0 repeat with spend 0, left out of Gamma-Gamma)");
        assertThat(lines).contains("BG/NBD        r 0.2426  alpha 4.4136  a 0.7929  b 2.4259  log-likelihood -9582.43",
                "Gamma-Gamma   p 6.2496  q 3.7442  v 15.4435");
        int header = lines.indexOf("customerId  frequency    recency          T  monetaryValue    pAlive  expectedPurchases"
                + "           clv  rfmSegment");
        assertThat(header).isPositive();
        assertThat(lines).hasSize(header + 1 + 2357);
        assertThat(lines.get(header + 1)).matches("1 {19}2 {6}30\\.43 {6}38\\.86 {10}22\\.35 {4}0\\.\\d{4} {13}\\d\\.\\d{4} {9}\\d\\d\\.\\d\\d  \\w+");
    }

    @Test
    void csv_has_a_header_and_one_line_per_customer_with_twelve_significant_digits() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format", "csv");

        // then
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0) + "\n").isEqualTo(CsvReport.HEADER);
        assertThat(lines).hasSize(1 + 2357);
        assertThat(lines.get(1)).startsWith("1,2,30.4285714286,38.8571428571,22.345,0.");
    }

    @Test
    void csv_summary_only_is_name_value_lines() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format", "csv",
                "--summary-only");

        // then
        assertThat(run.out()).startsWith("name,value\ncustomers,2357\nrepeatCustomers,946\nperiod,weeks\nbgnbd.r,0.242594")
                .contains("\nzeroSpendRepeatCustomers,0\n", "\nrowsAfterObservationEnd,1959\n").doesNotContain("customerId");
    }

    @Test
    void out_writes_the_file_and_quiet_leaves_stderr_empty() throws IOException {
        // given
        Path scores = dir.resolve("scores.json");

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format", "json",
                "--out", scores.toString(), "--quiet");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(scores)).startsWith("{\n  \"customers\": 2357,\n  \"repeatCustomers\": 946,\n  \"period\": \"weeks\",")
                .endsWith("\n  ]\n}\n");
    }

    /**
     * The scoring line counts the distinct (x, T) pairs its expectations were computed for: CDNOW's
     * 2,357 customers have 464 (and 1,016 distinct (x, t_x, T) histories).
     */
    @Test
    void without_quiet_stderr_has_a_line_per_step() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--summary-only");

        // then
        assertThat(run.err()).contains("crm analyze: read 6,919 rows of 2,357 customers", "crm analyze: summarised 2,357 customers",
                "crm analyze: fitted BG/NBD r 0.2426", "crm analyze: scored 2,357 customers (464 distinct (x, T) pairs)",
                "crm analyze: wrote table", "crm analyze: done in");
    }

    @Test
    void ids_with_quotes_commas_and_other_scripts_come_back_exactly_in_json_and_csv() {
        // given CDNOW with three customers renamed
        String renamed = OrderFiles.cdnowCsv().replaceAll("(?m)^1,", "\"a,\"\"b\"\"\",").replaceAll("(?m)^2,", "李雷,")
                .replaceAll("(?m)^3,", "back\\\\slash,");
        Path file = OrderFiles.write(dir, "renamed.csv", renamed);

        // when
        CrmRun json = CrmRun.of("analyze", "--orders", file.toString(), "--calibration-end", "1997-09-30", "--format", "json");
        CrmRun csv = CrmRun.of("analyze", "--orders", file.toString(), "--calibration-end", "1997-09-30", "--format", "csv");

        // then
        assertThat(json.json().get("customerScores").get(0).get("customerId").asText()).isEqualTo("a,\"b\"");
        assertThat(json.json().get("customerScores").get(1).get("customerId").asText()).isEqualTo("李雷");
        assertThat(json.json().get("customerScores").get(2).get("customerId").asText()).isEqualTo("back\\slash");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(1)).startsWith("\"a,\"\"b\"\"\",2,");
        assertThat(lines.get(2)).startsWith("李雷,1,");
        assertThat(lines.get(3)).startsWith("back\\slash,0,");
    }
}
