package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import org.crmkit.value.btyd.internal.RandomDraws;

/**
 * Simulates customers from the BG/NBD purchase process with Gamma-Gamma spend, reproducibly from a
 * seed: per customer λ ~ Gamma(r, rate α) and p ~ Beta(a, b); after the first purchase at time 0,
 * repeat purchases follow a Poisson process with rate λ and after each repeat purchase the
 * customer drops out for good with probability p. Spend: ν ~ Gamma(q, rate v) per customer and
 * each purchase ~ Gamma(p, rate ν). Times are in the unit the models are expressed in.
 *
 * <p>For tests, benchmarks and demo data; each call starts again from the seed.
 *
 * @since 0.1
 */
public final class PurchaseSimulator {

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final long seed;

    private PurchaseSimulator(BgNbdModel purchases, GammaGammaModel spend, long seed) {
        this.purchases = checkNotNull(purchases, "purchases");
        this.spend = checkNotNull(spend, "spend");
        this.seed = seed;
    }

    /** A simulator of the given purchase and spend models. */
    public static PurchaseSimulator of(BgNbdModel purchases, GammaGammaModel spend, long seed) {
        return new PurchaseSimulator(purchases, spend, seed);
    }

    /** The summary of {@code customers} customers each observed for {@code age} periods, in continuous time. */
    public RepeatPurchaseSummary summary(int customers, double age, PeriodUnit unit) {
        checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
        double[] ages = new double[customers];
        Arrays.fill(ages, age);
        return summary(ages, unit);
    }

    /** The summary of one customer per entry of {@code ages} (each customer's T), in continuous time. */
    public RepeatPurchaseSummary summary(double[] ages, PeriodUnit unit) {
        checkNotNull(unit, "unit");
        RandomDraws random = new RandomDraws(seed);
        int n = ages.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            checkArgument(ages[i] >= 0 && Double.isFinite(ages[i]), "age must be finite and >= 0 but was %s", ages[i]);
            Customer c = customer(random);
            double t = 0;
            double spent = 0;
            c.spend(random);
            while (true) {
                t += random.exponential(c.lambda);
                if (t > ages[i]) {
                    break;
                }
                x[i]++;
                tx[i] = t;
                spent += c.spend(random);
                if (random.uniform() < c.dropout) {
                    break;
                }
            }
            monetary[i] = x[i] > 0 ? spent / x[i] : 0;
        }
        return RepeatPurchaseSummary.of(unit, x, tx, ages.clone(), monetary);
    }

    /**
     * Emits dated purchases: customer i makes a first purchase on a day drawn uniformly from {@code
     * firstDay} … {@code firstDay + acquisitionDays − 1}, then buys as the model says until {@code
     * observationEnd} (inclusive); a purchase at time t (in {@code unit}) after the first falls on
     * the first day plus ⌊t · days per unit⌋, so purchases can share a day.
     *
     * @return number of purchases emitted
     */
    public long transactions(int customers, LocalDate firstDay, int acquisitionDays, LocalDate observationEnd, PeriodUnit unit,
            TransactionSink sink) {
        checkArgument(customers >= 0 && acquisitionDays >= 1, "need customers >= 0 and acquisitionDays >= 1 but had %s, %s",
                customers, acquisitionDays);
        long start = firstDay.toEpochDay();
        long end = observationEnd.toEpochDay();
        checkArgument(start + acquisitionDays - 1 <= end, "acquisition must end by the observation end %s", observationEnd);
        RandomDraws random = new RandomDraws(seed);
        long emitted = 0;
        for (int i = 0; i < customers; i++) {
            long first = start + (long) (random.uniform() * acquisitionDays);
            double age = unit.fromDays(end - first);
            Customer c = customer(random);
            sink.purchase(i, first, c.spend(random));
            emitted++;
            double t = 0;
            while (true) {
                t += random.exponential(c.lambda);
                if (t > age) {
                    break;
                }
                sink.purchase(i, Math.min(end, first + (long) Math.floor(t * unit.days())), c.spend(random));
                emitted++;
                if (random.uniform() < c.dropout) {
                    break;
                }
            }
        }
        return emitted;
    }

    private Customer customer(RandomDraws random) {
        return new Customer(random.gamma(purchases.r(), purchases.alpha()), random.beta(purchases.a(), purchases.b()),
                random.gamma(spend.q(), spend.v()), spend.p());
    }

    /** One simulated customer's latent traits. */
    private record Customer(double lambda, double dropout, double spendRate, double spendShape) {

        double spend(RandomDraws random) {
            return random.gamma(spendShape, spendRate);
        }
    }
}
