package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BG/BB on the donations data of Fader, Hardie and Shang (2010) and the shifted-BG on the two
 * cohorts of Fader and Hardie (2007) reproduce the published estimates and log-likelihoods to 4
 * significant digits.
 */
class DiscreteAndContractualReferenceTest {

    static final double[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};
    static final double[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

    @Test
    void bg_bb_on_the_donations_gives_the_published_estimates() {
        // given
        int[][] d = donations();

        // when
        BgBbFit fit = BgBbFitter.create().fit(d[0], d[1], d[2], weights(d[3]));

        // then
        assertThat(fit.model().alpha()).isCloseTo(1.203522, within(1.203522e-4));
        assertThat(fit.model().beta()).isCloseTo(0.749716, within(0.749716e-4));
        assertThat(fit.model().gamma()).isCloseTo(0.656718, within(0.656718e-4));
        assertThat(fit.model().delta()).isCloseTo(2.783442, within(2.783442e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-33225.6, within(0.05));
        assertThat(fit.customers()).isEqualTo(11104);
    }

    @Test
    void shifted_bg_on_the_regular_cohort_gives_the_published_estimates() {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.create().fit(REGULAR);
        assertThat(fit.model().alpha()).isCloseTo(0.704077, within(0.704077e-4));
        assertThat(fit.model().beta()).isCloseTo(1.182043, within(1.182043e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-1680.2652, within(0.00005));
    }

    @Test
    void shifted_bg_on_the_high_end_cohort_gives_the_published_estimates() {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.create().fit(HIGH_END);
        assertThat(fit.model().alpha()).isCloseTo(0.668089, within(0.668089e-4));
        assertThat(fit.model().beta()).isCloseTo(3.806096, within(3.806096e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-1611.1581, within(0.00005));
    }

    @Test
    void shifted_bg_projects_survivors_and_rising_retention_close_to_the_observed_ones() {
        ShiftedBetaGeometricModel regular = ShiftedBetaGeometricFitter.create().fit(REGULAR).model();
        double[] projected = regular.projectSurvivors(1000, 12);
        for (int t = 0; t < REGULAR.length; t++) {
            assertThat(projected[t]).as("year %s", t).isCloseTo(REGULAR[t], within(0.06 * REGULAR[t]));
        }
        for (int t = 2; t <= 12; t++) {
            assertThat(regular.retentionRate(t)).isGreaterThan(regular.retentionRate(t - 1));
            assertThat(projected[t]).isCloseTo(projected[t - 1] * regular.retentionRate(t), within(1e-9));
        }
    }

    static int[][] donations() {
        List<int[]> rows = new ArrayList<>();
        try (InputStream in = DiscreteAndContractualReferenceTest.class.getResourceAsStream("/donations/donations.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("frequency")) {
                    String[] f = line.trim().split(",");
                    rows.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[][] columns = new int[4][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        return columns;
    }

    static double[] weights(int[] counts) {
        double[] w = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            w[i] = counts[i];
        }
        return w;
    }
}
