package org.crmkit.loyalty.spi;

/**
 * SPI: creates {@link ExpiryPolicy} instances of one kind from their stored spec. Register it in
 * {@code META-INF/services/org.crmkit.loyalty.spi.ExpiryPolicyFactory}; the storage finds it with
 * {@link java.util.ServiceLoader} when it reads a programme whose spec names its kind. (There is no
 * builder method for it yet.)
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
