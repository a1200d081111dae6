package org.crmkit.tier.spi;

/**
 * SPI: creates {@link QualifyingMetric} instances of one kind from their stored spec. Register with
 * {@code META-INF/services/org.crmkit.tier.spi.QualifyingMetricFactory} or {@code
 * Crm.builder().qualifyingMetricFactory(...)}; a factory given to the builder wins over a
 * discovered one of the same kind.
 *
 * @since 0.1
 */
public interface QualifyingMetricFactory {

    /** The kind this factory makes, the part of a spec before {@code ':'}; 1 to 64 of {@code [a-z0-9._-]}. */
    String kind();

    /**
     * Creates the metric.
     *
     * @param argument the part of the spec after {@code ':'}, or empty
     * @throws IllegalArgumentException if the argument is not valid for this kind
     */
    QualifyingMetric create(String argument);
}
