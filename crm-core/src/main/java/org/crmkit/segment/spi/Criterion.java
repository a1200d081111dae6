package org.crmkit.segment.spi;

import org.crmkit.segment.CustomerFacts;

/**
 * A condition on what crmkit knows about a customer; segments are built from criteria combined
 * with {@link #and}, {@link #or} and {@link #negate}. Implement it for a rule of your own; the
 * built-ins are in {@link org.crmkit.segment.Criteria}. A stable contract: implementations must be
 * pure functions of the facts (no I/O), thread-safe, and describe themselves for explanations.
 *
 * @since 0.1
 */
public interface Criterion {

    /** True if the customer meets the condition. */
    boolean test(CustomerFacts facts);

    /** A short description for explanations and logs, e.g. {@code "tier in [gold, diamond]"}. */
    String describe();

    /** Both this and {@code other}. */
    default Criterion and(Criterion other) {
        return org.crmkit.segment.Criteria.allOf(this, other);
    }

    /** This or {@code other}. */
    default Criterion or(Criterion other) {
        return org.crmkit.segment.Criteria.anyOf(this, other);
    }

    /** Not this. */
    default Criterion negate() {
        return org.crmkit.segment.Criteria.not(this);
    }
}
