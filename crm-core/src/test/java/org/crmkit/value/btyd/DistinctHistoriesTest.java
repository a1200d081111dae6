package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Distinct histories found in stretches on all cores are numbered as one pass in customer order
 * numbers them (the fits add their terms in that order, so it fixes the estimates' last bits).
 */
class DistinctHistoriesTest {

    @Test
    void histories_ages_and_recencies_are_numbered_in_order_of_first_appearance_with_their_counts() {
        // given 400,000 customers (several stretches) with few distinct ages and recencies, weighted
        Random random = new Random(3);
        int n = 400_000;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            age[i] = (300 + random.nextInt(84)) / 7.0;
            x[i] = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
            tx[i] = x[i] == 0 ? 0 : random.nextInt(300) / 7.0;
            weights[i] = 0.1 + random.nextInt(5) * 0.3;
        }

        // when
        DistinctHistories histories = DistinctHistories.of(x, tx, age, weights);

        // then
        assertNumberedAsOnePass(histories, x, tx, age, weights);
        assertThat(histories.size()).isGreaterThan(10_000);
    }

    @Test
    void customers_in_runs_of_one_age_are_numbered_as_one_pass_also_when_an_age_comes_back() {
        // given 400,000 customers numbered in order of first purchase (runs of one age, as an order export sorted by date
        // gives), unweighted, where every 7th run takes the age of a run long before it (an age seen before, so its
        // histories may already exist) and some runs straddle the stretches' boundaries
        Random random = new Random(4);
        int n = 400_000;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        int run = 0;
        for (int i = 0; i < n; run++) {
            double runAge = (run % 7 == 6 ? random.nextInt(run) : run) / 7.0;
            for (int end = Math.min(n, i + 500 + random.nextInt(2_000)); i < end; i++) {
                age[i] = runAge;
                x[i] = random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 0;
                tx[i] = x[i] == 0 ? 0 : random.nextInt(1 + (int) (runAge * 7)) / 7.0;
            }
        }

        // when
        DistinctHistories histories = DistinctHistories.of(x, tx, age, null);

        // then
        assertNumberedAsOnePass(histories, x, tx, age, null);
        assertThat(histories.size()).isGreaterThan(10_000);
    }

    /** The histories, ages and recencies are those one pass in customer order finds, with their counts (a LinkedHashMap keeps first appearances in order). */
    private static void assertNumberedAsOnePass(DistinctHistories histories, int[] x, double[] tx, double[] age, double[] weights) {
        int n = x.length;
        Map<List<Double>, Double> counts = new LinkedHashMap<>();
        Map<Double, Integer> ages = new LinkedHashMap<>();
        Map<Double, Integer> recencies = new LinkedHashMap<>();
        List<List<Double>> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Double> key = List.of((double) x[i], tx[i], age[i]);
            ages.putIfAbsent(age[i], ages.size());
            recencies.putIfAbsent(tx[i], recencies.size());
            if (!counts.containsKey(key)) {
                order.add(key);
            }
            counts.merge(key, weights == null ? 1.0 : weights[i], Double::sum);
        }
        assertThat(histories.size()).isEqualTo(order.size());
        for (int row = 0; row < order.size(); row++) {
            List<Double> key = order.get(row);
            assertThat(List.of((double) histories.x[row], histories.tx[row], histories.age[row])).isEqualTo(key);
            assertThat(histories.count[row]).isEqualTo(counts.get(key));
            assertThat(histories.ages[histories.ageOfRow[row]]).isEqualTo(key.get(2));
            assertThat(histories.recencies[histories.recencyOfRow[row]]).isEqualTo(key.get(1));
        }
        assertThat(histories.ages).containsExactly(ages.keySet().stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(histories.recencies).containsExactly(recencies.keySet().stream().mapToDouble(Double::doubleValue).toArray());
        for (int i = 0; i < n; i += 997) {
            assertThat(order.get(histories.rowOfCustomer[i])).isEqualTo(List.of((double) x[i], tx[i], age[i]));
        }
    }
}
