package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BG/NBD predictions agree with the model they come from. */
class BgNbdClosedFormsTest {

    private static final BgNbdModel MODEL = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);

    @Test
    void a_customer_without_repeat_purchases_is_alive_with_probability_one() {
        // then
        for (double age : new double[] {0, 1, 38.86, 500}) {
            assertThat(MODEL.probabilityAlive(0, 0, age)).isEqualTo(1.0);
        }
    }

    @ParameterizedTest(name = "t {0}, x {1}, t_x {2}, T {3}")
    @CsvSource({"39, 2, 30.43, 38.86", "10, 0, 0, 20", "52, 10, 35, 38", "26, 1, 2, 40"})
    void conditional_expected_purchases_equal_the_numerical_integral_over_lambda_and_p(double t, int x, double tx,
            double age) {
        // when
        double integral = NumericalBgNbd.conditionalExpectedPurchases(MODEL, t, x, tx, age);

        // then
        assertThat(MODEL.expectedPurchases(t, x, tx, age)).isCloseTo(integral, within(1e-7 * Math.max(1, integral)));
    }

    @ParameterizedTest(name = "x {0}, t_x {1}, T {2}")
    @CsvSource({"2, 30.43, 38.86", "10, 35, 38", "1, 2, 40"})
    void p_alive_equals_the_numerical_posterior_probability_of_being_alive(int x, double tx, double age) {
        // then
        assertThat(MODEL.probabilityAlive(x, tx, age)).isCloseTo(NumericalBgNbd.probabilityAlive(MODEL, x, tx, age),
                within(1e-8));
    }

    @Test
    void more_recent_last_purchases_mean_more_expected_purchases_and_a_higher_p_alive() {
        // given
        double previousExpected = 0;
        double previousAlive = 0;

        // then
        for (double tx = 1; tx <= 38; tx += 1) {
            double expected = MODEL.expectedPurchases(39, 3, tx, 38);
            double alive = MODEL.probabilityAlive(3, tx, 38);
            assertThat(expected).isGreaterThan(previousExpected);
            assertThat(alive).isGreaterThan(previousAlive);
            previousExpected = expected;
            previousAlive = alive;
        }
    }

    @Test
    void customers_who_just_bought_expect_more_the_more_often_they_bought() {
        // given
        double previous = MODEL.expectedPurchases(39, 0, 0, 38);

        // then
        for (int x = 1; x <= 40; x++) {
            double expected = MODEL.expectedPurchases(39, x, 38, 38);
            assertThat(expected).isGreaterThan(previous);
            previous = expected;
        }
    }

    @Test
    void frequent_buyers_who_went_silent_are_likely_gone() {
        // then
        assertThat(MODEL.probabilityAlive(20, 5, 38)).isLessThan(MODEL.probabilityAlive(2, 5, 38));
        assertThat(MODEL.probabilityAlive(20, 5, 38)).isLessThan(0.01);
    }

    @Test
    void the_purchase_count_distribution_sums_to_one_and_has_the_expected_mean() {
        // when
        double total = 0;
        double mean = 0;
        for (int n = 0; n <= 400; n++) {
            double p = MODEL.probabilityOfPurchases(n, 39);
            total += p;
            mean += n * p;
        }

        // then
        assertThat(total).isCloseTo(1.0, within(1e-6));
        assertThat(mean).isCloseTo(MODEL.expectedPurchases(39), within(1e-3));
    }

    @Test
    void nothing_is_expected_in_no_time_and_the_unconditional_mean_is_the_new_customer_case() {
        // then
        assertThat(MODEL.expectedPurchases(0, 4, 10, 20)).isZero();
        assertThat(MODEL.probabilityOfPurchases(0, 0)).isEqualTo(1.0);
        assertThat(MODEL.probabilityOfPurchases(3, 0)).isZero();
        assertThat(MODEL.expectedPurchases(52)).isEqualTo(MODEL.expectedPurchases(52, 0, 0, 0));
    }

    @Test
    void population_expected_purchases_add_up_the_customers() {
        // given
        RepeatPurchaseSummary raw = Cdnow.rawSummary();

        // when
        double population = MODEL.populationExpectedPurchases(39, raw);
        double[] each = MODEL.expectedPurchases(39, raw);
        double[] alive = MODEL.probabilityAlive(raw);

        // then
        double sum = 0;
        for (double v : each) {
            sum += v;
        }
        assertThat(population).isCloseTo(sum, within(1e-9));
        assertThat(each[0]).isEqualTo(MODEL.expectedPurchases(39, 2, raw.recency(0), raw.age(0)));
        assertThat(alive[0]).isEqualTo(MODEL.probabilityAlive(2, raw.recency(0), raw.age(0)));
        // Fader, Hardie and Lee (2005, fig. 3): the cohort makes about 1,800 repeat purchases in weeks 40-78
        assertThat(population).isBetween(1_600.0, 2_000.0);
    }
}
