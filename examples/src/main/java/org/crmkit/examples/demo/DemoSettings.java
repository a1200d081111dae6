package org.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What to simulate: {@code customers} shoppers from {@code seed} over the {@value #YEARS} years
 * ending on {@code end}; the report goes to {@code outputDirectory}.
 */
record DemoSettings(long seed, int customers, LocalDate end, Path outputDirectory, boolean quiet) {

    DemoSettings {
        checkArgument(customers >= 10 && customers <= 1_000_000, "customers must be 10 to 1,000,000 but was %s", customers);
    }

    /**
     * How many years are simulated: two, so that growth earned in the first year has expired in the
     * second (tiers fall) and churn can be counted year over year, as the seeds count it.
     */
    static final int YEARS = 2;

    /** The first simulated day. */
    LocalDate start() {
        return end.minusYears(YEARS).plusDays(1);
    }

    /** The first day of the last simulated year, whose figures the report gives. */
    LocalDate lastYear() {
        return end.minusYears(1).plusDays(1);
    }

    /** The simulation ends on {@link #end()} at 20:00 in the shop's zone. */
    Instant now() {
        return end.atTime(LocalTime.of(20, 0)).atZone(DemoShop.ZONE).toInstant();
    }
}
