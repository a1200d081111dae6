package org.crmkit.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The demo's clock: moved forward by the simulation, read by every service. */
final class SimulatedClock extends Clock {

    private volatile Instant now;

    SimulatedClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
