package org.crmkit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. Thread-safe. Every instant it hands out is
 * truncated to microseconds, the precision PostgreSQL keeps, so values read back from any
 * storage equal the ones written.
 */
public final class MutableClock extends Clock {

    /** A fixed, otherwise unremarkable moment with sub-second digits. */
    public static final Instant SOME_MOMENT = Instant.parse("2025-06-01T02:03:04.123456Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at {@code start} (truncated to microseconds), in UTC. */
    public static MutableClock at(Instant start) {
        return new MutableClock(new AtomicReference<>(truncate(start)), ZoneOffset.UTC);
    }

    /** A clock standing at {@link #SOME_MOMENT}. */
    public static MutableClock atSomeMoment() {
        return at(SOME_MOMENT);
    }

    /** Moves the clock forward (or back, for a negative amount). */
    public MutableClock advance(Duration amount) {
        now.updateAndGet(current -> truncate(current.plus(amount)));
        return this;
    }

    /** Puts the clock at {@code instant} (truncated to microseconds). */
    public MutableClock set(Instant instant) {
        now.set(truncate(instant));
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that moves together with this clock. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, Objects.requireNonNull(newZone, "zone"));
    }

    private static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
