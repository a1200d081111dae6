package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm analyze --model} on CDNOW: each model by name, and {@code auto}, which with a holdout
 * (observation end 1998-06-30 after the calibration end 1997-09-30) keeps the model with the
 * smallest holdout RMSE by customer, Pareto/NBD, and says so in the JSON.
 */
class AnalyzeModelChoiceTest {

    @TempDir
    static Path dir;

    private static Path orders;

    @BeforeAll
    static void write_cdnow() {
        orders = OrderFiles.write(dir, "cdnow.csv", OrderFiles.cdnowCsv());
    }

    @Test
    void pareto_by_name_scores_with_pareto_nbd_and_names_it() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format", "json",
                "--model", "pareto", "--summary-only");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("model").asText()).isEqualTo("pareto");
        assertThat(json.has("bgnbd")).isFalse();
        JsonNode pareto = json.get("pareto");
        assertThat(pareto.get("r").asDouble()).isCloseTo(0.5533, within(0.0005));
        assertThat(pareto.get("s").asDouble()).isCloseTo(0.6062, within(0.0005));
        assertThat(json.has("modelSelection")).isFalse();
    }

    @Test
    void mbgnbd_by_name_in_csv_names_the_model_and_its_parameters() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format", "csv",
                "--model", "mbgnbd", "--summary-only");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("model,mbgnbd\n", "mbgnbd.r,0.52", "mbgnbd.logLikelihood,").doesNotContain("\nbgnbd.r");
    }

    @Test
    void auto_with_a_holdout_picks_pareto_nbd_by_holdout_error_and_reports_every_candidate() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--observation-end",
                "1998-06-30", "--format", "json", "--model", "auto", "--summary-only");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("model").asText()).isEqualTo("pareto");
        JsonNode selection = json.get("modelSelection");
        assertThat(selection.get("basis").asText()).isEqualTo("holdout");
        assertThat(selection.get("candidates").size()).isEqualTo(3);
        for (JsonNode c : selection.get("candidates")) {
            assertThat(c.get("holdout").get("actual").asDouble()).isEqualTo(1882.0);
        }
        assertThat(selection.get("candidates").get(2).get("holdout").get("predicted").asDouble()).isCloseTo(1665.5, within(0.05));
    }

    @Test
    void auto_without_a_holdout_falls_back_to_the_highest_log_likelihood() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--format", "table",
                "--model", "auto", "--summary-only");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("auto chose MBG/NBD: no holdout, highest log-likelihood of BG/NBD log-likelihood -9582.43,"
                + " MBG/NBD log-likelihood -9582.14");
    }

    @Test
    void an_unknown_model_is_a_usage_error() {
        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--model", "gamma");
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'gamma' is not a purchase model; use bgnbd, mbgnbd, pareto or auto");
    }
}
