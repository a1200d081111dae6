package org.crmkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.crmkit.value.btyd.BgNbdFit;
import org.crmkit.value.btyd.BgNbdFitter;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.CustomerLifetimeValue;
import org.crmkit.value.btyd.GammaGammaFit;
import org.crmkit.value.btyd.GammaGammaFitter;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseSimulator;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.btyd.SummaryWindow;

/**
 * Customer-value mathematics at scale: the repeat-purchase summary from dated rows (rows/s), the
 * BG/NBD fit on all cores and on one, Gamma-Gamma, and scoring (P(alive), expected purchases, CLV)
 * for 10,000, 100,000 and 1,000,000 simulated customers with CDNOW's parameters and calendar
 * (first purchases in the first quarter of 1997, calibration to 1997-09-30, observation to
 * 1998-06-30), each with time and peak heap. A last fit runs on continuous-time summaries where
 * every customer is a distinct row, the worst case for the row compression. Prints figures; asserts
 * nothing about time. For reference, {@code lifetimes} (scipy BFGS) takes about 1.3 s for 100,000
 * and 14 s for 1,000,000 customers on these 2-core machines.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@value -pl benchmarks -am}.
 */
public final class ValueBenchmark {

    private static final BgNbdModel PURCHASES = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.2488, 3.7446, 15.4477);
    private static final LocalDate FIRST_DAY = LocalDate.of(1997, 1, 1);
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);
    private static final int ACQUISITION_DAYS = 90;

    private ValueBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = {10_000, 100_000, 1_000_000};
        int repeats = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --customers N,N --repeats N");
            }
        }
        System.out.printf(Locale.ROOT, "crmkit value benchmark: max heap %d MB, %d CPUs, load average %.1f; true model %s, %s%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), PURCHASES, SPEND);
        run(20_000, 1, false);
        for (int customers : sizes) {
            run(customers, repeats, true);
        }
    }

    private static void run(int customers, int repeats, boolean print) {
        Rows rows = Rows.simulate(customers, 1997L + customers);
        Timed<RepeatPurchaseSummary> built = timed(1, () -> rows.summary(rows.byCustomer()));
        Timed<RepeatPurchaseSummary> dated = timed(1, () -> rows.summary(rows.byDay()));
        RepeatPurchaseSummary summary = built.result;

        Timed<BgNbdFit> parallel = timed(repeats, () -> BgNbdFitter.create().fit(summary));
        Timed<BgNbdFit> sequential = timed(1, () -> BgNbdFitter.create().parallel(false).fit(summary));
        Timed<GammaGammaFit> spend = timed(repeats, () -> GammaGammaFitter.create().fit(summary));
        BgNbdModel fitted = parallel.result.model();
        GammaGammaModel fittedSpend = spend.result.model();
        Timed<double[]> scores = timed(1, () -> {
            double[] alive = fitted.probabilityAlive(summary);
            double[] next = fitted.expectedPurchases(39, summary);
            double[] clv = CustomerLifetimeValue.of(12, 0.01).values(fitted, fittedSpend, summary);
            return new double[] {alive[0], next[0], clv[0]};
        });
        RepeatPurchaseSummary continuous = PurchaseSimulator.of(PURCHASES, SPEND, customers).summary(ages(summary), PeriodUnit.WEEKS);
        Timed<BgNbdFit> worst = timed(repeats, () -> BgNbdFitter.create().fit(continuous));
        if (!print) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n%,d customers, %,d rows (%,d repeat buyers in calibration)%n", customers, rows.size,
                summary.repeatBuyers());
        System.out.printf(Locale.ROOT, "  summary from rows grouped by customer: %.3f s (%.3f CPU s) = %,.0f rows/s; peak heap %d MB%n",
                built.first, built.cpu, rows.size / built.first, built.heap);
        System.out.printf(Locale.ROOT, "  summary from the same rows in date order: %.3f s (%.3f CPU s) = %,.0f rows/s; peak heap %d MB%n",
                dated.first, dated.cpu, rows.size / dated.first, dated.heap);
        System.out.printf(Locale.ROOT, "  BG/NBD fit, all cores: first %.3f s (%.3f CPU s), best of %d %.3f s; %d distinct rows,"
                        + " %d iterations, %d evaluations; peak heap %d MB%n    %s, log-likelihood %.2f%n", parallel.first,
                parallel.cpu, repeats, parallel.best,
                parallel.result.distinctRows(), parallel.result.iterations(), parallel.result.evaluations(), parallel.heap,
                fitted, parallel.result.logLikelihood());
        System.out.printf(Locale.ROOT, "  BG/NBD fit, one core: %.3f s; same parameters to 4 significant digits: %s (bit-identical: %s)%n",
                sequential.first, sameTo4Digits(fitted, sequential.result.model()), fitted.equals(sequential.result.model()));
        System.out.printf(Locale.ROOT, "  Gamma-Gamma fit: first %.3f s (%.3f CPU s), best %.3f s on %,.0f repeat buyers, %d iterations,"
                        + " %d evaluations; %s%n", spend.first, spend.cpu, spend.best, spend.result.customers(),
                spend.result.iterations(), spend.result.evaluations(), fittedSpend);
        System.out.printf(Locale.ROOT, "  scoring P(alive) + 39-week expected purchases + 12-month CLV: %.3f s (%.3f CPU s) ="
                + " %,.0f customers/s; peak heap %d MB%n", scores.first, scores.cpu, customers / scores.first, scores.heap);
        System.out.printf(Locale.ROOT, "  BG/NBD fit on continuous-time summaries (no two rows alike): first %.3f s (%.3f CPU s),"
                        + " best %.3f s; %d distinct rows, %d evaluations; %s%n", worst.first, worst.cpu, worst.best,
                worst.result.distinctRows(),
                worst.result.evaluations(), worst.result.model());
    }

    private static boolean sameTo4Digits(BgNbdModel x, BgNbdModel y) {
        double[] a = {x.r(), x.alpha(), x.a(), x.b()};
        double[] b = {y.r(), y.alpha(), y.a(), y.b()};
        for (int i = 0; i < 4; i++) {
            if (!String.format(Locale.ROOT, "%.4g", a[i]).equals(String.format(Locale.ROOT, "%.4g", b[i]))) {
                return false;
            }
        }
        return true;
    }

    private static double[] ages(RepeatPurchaseSummary summary) {
        double[] ages = new double[summary.size()];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = summary.age(i);
        }
        return ages;
    }

    /** The first and best time of some runs, their result, the peak heap and the process CPU seconds of the first. */
    private record Timed<T>(T result, double first, double best, long heap, double cpu) {}

    private static <T> Timed<T> timed(int runs, Supplier<T> work) {
        T result = null;
        double first = 0;
        double best = Double.MAX_VALUE;
        long heap = 0;
        double cpu = 0;
        for (int i = 0; i < runs; i++) {
            PeakHeap.reset();
            long cpuStart = ProcessCpu.jvmNanos();
            long start = System.nanoTime();
            result = work.get();
            double s = seconds(start);
            if (i == 0) {
                first = s;
                heap = PeakHeap.megabytes();
                cpu = (ProcessCpu.jvmNanos() - cpuStart) / 1e9;
            }
            best = Math.min(best, s);
        }
        return new Timed<>(result, first, best, heap, cpu);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Simulated purchase rows in primitive arrays, as a CSV reader would hold them. */
    private static final class Rows {
        long[] customer = new long[1024];
        long[] day = new long[1024];
        double[] amount = new double[1024];
        int size;

        static Rows simulate(int customers, long seed) {
            Rows rows = new Rows();
            PurchaseSimulator.of(PURCHASES, SPEND, seed).transactions(customers, FIRST_DAY, ACQUISITION_DAYS, OBSERVATION_END,
                    PeriodUnit.WEEKS, rows::add);
            return rows;
        }

        void add(long c, long d, double a) {
            if (size == customer.length) {
                customer = Arrays.copyOf(customer, size * 2);
                day = Arrays.copyOf(day, size * 2);
                amount = Arrays.copyOf(amount, size * 2);
            }
            customer[size] = c;
            day[size] = d;
            amount[size++] = a;
        }

        /** Row order as simulated: all rows of a customer together. */
        int[] byCustomer() {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            return order;
        }

        /** Row order by day (stable), as a export sorted by date would have it. */
        int[] byDay() {
            long first = FIRST_DAY.toEpochDay();
            int[] start = new int[(int) (OBSERVATION_END.toEpochDay() - first) + 2];
            for (int i = 0; i < size; i++) {
                start[(int) (day[i] - first) + 1]++;
            }
            for (int d = 1; d < start.length; d++) {
                start[d] += start[d - 1];
            }
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[start[(int) (day[i] - first)]++] = i;
            }
            return order;
        }

        RepeatPurchaseSummary summary(int[] order) {
            RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(
                    SummaryWindow.withHoldout(PeriodUnit.WEEKS, CALIBRATION_END, OBSERVATION_END)).expectedRows(size);
            for (int i : order) {
                builder.purchaseOnDay(customer[i], day[i], amount[i]);
            }
            return builder.build();
        }
    }
}
