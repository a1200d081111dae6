package org.crmkit.tier.spi;

/**
 * SPI: creates {@link TierPolicy} instances of one kind from their stored spec. Register with
 * {@code META-INF/services/org.crmkit.tier.spi.TierPolicyFactory} or {@code
 * Crm.builder().tierPolicyFactory(...)}; a factory given to the builder wins over a discovered
 * one of the same kind.
 *
 * @since 0.1
 */
public interface TierPolicyFactory {

    /** The kind this factory makes, the part of a spec before {@code ':'}; 1 to 64 of {@code [a-z0-9._-]}. */
    String kind();

    /**
     * Creates the policy.
     *
     * @param argument the part of the spec after {@code ':'}, or empty
     * @throws IllegalArgumentException if the argument is not valid for this kind
     */
    TierPolicy create(String argument);
}
