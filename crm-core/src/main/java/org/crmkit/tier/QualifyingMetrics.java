package org.crmkit.tier;

import java.util.Arrays;
import java.util.List;
import org.crmkit.shared.PluginKinds;
import org.crmkit.tier.SummedMetric.Measure;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.QualifyingMetricFactory;

/**
 * The built-in qualifying metrics, and the registry that turns stored specs back into metrics.
 *
 * <ul>
 *   <li>{@link #growthValue()} — {@code growth-value}: growth value (成长值), a non-spendable balance
 *       earned from purchases (by the ladder's growth earning policy) and activities, reduced by
 *       refunds in proportion
 *   <li>{@link #rollingSpend(int)} — {@code rolling-spend:N}: money spent in the last N months (whole
 *       currency units, each purchase rounded down), net of refunds
 *   <li>{@link #rollingOrders(int)} — {@code rolling-orders:N}: orders placed in the last N months,
 *       less fully refunded ones
 *   <li>{@link #lifetimeSpend()} — {@code lifetime-spend}: money spent since joining, net of refunds
 * </ul>
 *
 * A rolling window of N months ending at a moment starts N calendar months before it in the
 * ladder's zone (exclusive). Every metric counts facts up to and including the moment asked about
 * and is never below 0.
 *
 * @since 0.1
 */
public final class QualifyingMetrics {

    private final PluginKinds<QualifyingMetricFactory, QualifyingMetric> registry;

    private QualifyingMetrics(PluginKinds<QualifyingMetricFactory, QualifyingMetric> registry) {
        this.registry = registry;
    }

    /** Growth value, never expiring. */
    public static QualifyingMetric growthValue() {
        return new SummedMetric(Measure.GROWTH, 0);
    }

    /** Spend in the last {@code months} months, 1 to 120. */
    public static QualifyingMetric rollingSpend(int months) {
        return new SummedMetric(Measure.ROLLING_SPEND, months);
    }

    /** Orders in the last {@code months} months, 1 to 120. */
    public static QualifyingMetric rollingOrders(int months) {
        return new SummedMetric(Measure.ROLLING_ORDERS, months);
    }

    /** Spend since joining. */
    public static QualifyingMetric lifetimeSpend() {
        return new SummedMetric(Measure.LIFETIME_SPEND, 0);
    }

    /**
     * A registry of {@code extra}, the factories {@link java.util.ServiceLoader} finds and the
     * built-in kinds, by one rule: explicit beats discovered beats built-in ({@link PluginKinds}).
     * A factory that fails to load is logged and skipped.
     */
    public static QualifyingMetrics registry(List<QualifyingMetricFactory> extra) {
        List<QualifyingMetricFactory> builtIns = Arrays.stream(Measure.values()).<QualifyingMetricFactory>map(BuiltIn::new).toList();
        return new QualifyingMetrics(PluginKinds.of("qualifying metric", QualifyingMetricFactory.class, QualifyingMetricFactory::kind,
                QualifyingMetricFactory::create, extra, builtIns));
    }

    /**
     * Recreates a metric from its {@link QualifyingMetric#spec()}.
     *
     * @throws IllegalArgumentException if no factory knows the kind (the message lists the known
     *     ones) or the argument is invalid
     */
    public QualifyingMetric parse(String spec) {
        return registry.parse(spec);
    }

    private static int months(String kind, String argument) {
        try {
            return Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind + " needs a window in months, e.g. '" + kind + ":12', but was '" + argument + "'", e);
        }
    }

    /** The factory of a built-in kind. */
    private record BuiltIn(Measure measure) implements QualifyingMetricFactory {
        @Override
        public String kind() {
            return measure.kind;
        }

        @Override
        public QualifyingMetric create(String argument) {
            return new SummedMetric(measure, measure.windowed ? months(measure.kind, argument) : 0);
        }
    }
}
