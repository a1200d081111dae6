package org.crmkit.loyalty.spi;

/**
 * SPI: creates {@link ExpiryPolicy} instances of one kind from their stored spec. Give it to {@code
 * Crm.builder().expiryPolicyFactory(...)}, or name it in {@code
 * META-INF/services/org.crmkit.loyalty.spi.ExpiryPolicyFactory} to have it found with {@link
 * java.util.ServiceLoader}; the given one wins over a discovered one of the same kind, which wins
 * over a built-in one. The loyalty service makes a programme's policy from its spec whenever it
 * reads the programme, so every instance sharing a database needs the factory.
 *
 * @since 0.1
 */
public interface ExpiryPolicyFactory {

    /** The kind this factory makes, the part of a spec before {@code ':'}. */
    String kind();

    /**
     * Creates the policy.
     *
     * @param argument the part of the spec after {@code ':'}, or empty
     * @throws IllegalArgumentException if the argument is not valid for this kind
     */
    ExpiryPolicy create(String argument);
}
