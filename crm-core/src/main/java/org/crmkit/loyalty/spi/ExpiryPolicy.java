package org.crmkit.loyalty.spi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * SPI: when points earned at a given moment expire. Built-ins are in {@code ExpiryPolicies};
 * supply others through an {@link ExpiryPolicyFactory}.
 *
 * @since 0.1
 */
public interface ExpiryPolicy {

    /**
     * The moment points earned at {@code earnedAt} expire, or empty if they never do.
     *
     * @param zone the programme's zone, for calendar rules such as "end of next year"
     */
    Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone);

    /**
     * The text that recreates this policy through its factory, {@code kind} or {@code
     * kind:argument}, e.g. {@code rolling-months:12}. Stored with the programme.
     */
    String spec();
}
