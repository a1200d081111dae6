package org.crmkit.segment;

import java.util.function.Predicate;
import org.crmkit.segment.spi.Criterion;

/** A built-in criterion: a description and a test. */
record Leaf(String description, Predicate<CustomerFacts> test) implements Criterion {

    @Override
    public boolean test(CustomerFacts facts) {
        return test.test(facts);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
