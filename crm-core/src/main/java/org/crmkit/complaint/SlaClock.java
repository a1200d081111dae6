package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One SLA target measured on a business calendar: started at an instant, due after a target of
 * working time, paused while the case waits on the customer. Immutable: {@link #pause} and
 * {@link #resume} return a new clock.
 *
 * @since 0.1
 */
public final class SlaClock {

    private SlaClock() {
        throw new UnsupportedOperationException("skeleton: implemented on the calendar branch");
    }

    /** A running clock with no pauses. */
    public static SlaClock start(BusinessCalendar calendar, Instant startedAt, Duration target) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** A clock rebuilt from stored pauses (each closed, except possibly the last). */
    public static SlaClock restore(BusinessCalendar calendar, Instant startedAt, Duration target, List<Pause> pauses) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The clock paused at {@code at}. @throws IllegalStateException if already paused */
    public SlaClock pause(Instant at) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The clock running again from {@code at}. @throws IllegalStateException if not paused */
    public SlaClock resume(Instant at) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Working time counted so far, pauses excluded. */
    public Duration elapsed(Instant now) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Target minus elapsed; negative once breached. */
    public Duration remaining(Instant now) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Elapsed divided by target (1.0 at the due instant). */
    public double fractionElapsed(Instant now) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The instant the target is reached if the clock keeps running; empty while paused. */
    public Optional<Instant> due() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** True once elapsed exceeds the target. */
    public boolean breached(Instant now) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** True while paused. */
    public boolean paused() {
        throw new UnsupportedOperationException("skeleton");
    }

    public BusinessCalendar calendar() {
        throw new UnsupportedOperationException("skeleton");
    }

    public Instant startedAt() {
        throw new UnsupportedOperationException("skeleton");
    }

    public Duration target() {
        throw new UnsupportedOperationException("skeleton");
    }

    public List<Pause> pauses() {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * A pause from {@code from} to {@code until}; {@code until} empty while still paused.
     *
     * @param from  when the clock stopped
     * @param until when it ran again, if it has
     */
    public record Pause(Instant from, Optional<Instant> until) {}
}
