package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Customers whose dropout barely varies (simulated by BG/NBD with a = 0.8, b = 6 and r = 4, α = 60)
 * leave Pareto/NBD without a finite maximum: s and β run off together. The fit used to creep after
 * them for minutes or hours, each step summing longer ₂F₁ series; it now stops with a {@link
 * ModelFitException} that says what happened and what to do, while a penalised Pareto/NBD and
 * BG/NBD fit the same customers. (The timeout only keeps a regression from hanging the build.)
 */
class ParetoNbdRunawayTest {

    private static RepeatPurchaseSummary customersWhoseDropoutBarelyVaries() {
        PurchaseSimulator simulator = PurchaseSimulator.of(BgNbdModel.of(4, 60, 0.8, 6), GammaGammaModel.of(6.25, 3.74, 110.0), 42);
        SplittableRandom random = new SplittableRandom(1);
        double[] ages = new double[5_000];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 9 + random.nextDouble() * 95;
        }
        return simulator.summary(ages, PeriodUnit.WEEKS);
    }

    @Test
    void a_fit_running_off_to_infinity_stops_with_a_fit_failure_that_names_the_way_out() {
        // given
        RepeatPurchaseSummary customers = customersWhoseDropoutBarelyVaries();

        // when
        Throwable failure = assertTimeoutPreemptively(Duration.ofMinutes(5),
                () -> catchThrowable(() -> ParetoNbdFitter.create().fit(customers)));

        // then
        assertThat(failure).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("Pareto/NBD fit did not converge")
                .hasMessageContaining("s and beta run off towards infinity together")
                .hasMessageContaining("one dropout rate for every customer")
                .hasMessageContaining("add a penalizer or fit another model");
        assertThat(ParetoNbdFitter.create().withPenalizer(0.01).fit(customers).model().beta()).isFinite();
        assertThat(BgNbdFitter.create().fit(customers).model().b()).isFinite();
    }
}
