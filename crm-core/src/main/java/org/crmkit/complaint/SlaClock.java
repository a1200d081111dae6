package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA target measured on a business calendar: started at an instant, due after a target of
 * working time, paused while the case waits on the customer. Immutable: {@link #pause} and
 * {@link #resume} return a new clock. Two clocks are equal when calendar, start, target and
 * pauses are.
 *
 * <p>Elapsed time is the calendar's working time between the start and now, less the working
 * time inside pauses; a pause outside working hours therefore changes nothing, and a pause of
 * two working hours moves {@link #due()} two working hours later.
 *
 * <p><b>Breach.</b> The clock is breached once elapsed time <em>exceeds</em> the target; reaching
 * it exactly, at {@link #due()}, is not a breach. Because only working time counts, a clock due
 * at 18:00 when work stops at 18:00 is not breached that evening: elapsed stays equal to the
 * target until work resumes the next working morning, and {@link #remaining} stays zero. So an
 * instant after {@code due()} does not by itself mean a breach; ask {@link #breached}.
 *
 * @since 0.1
 */
public final class SlaClock {

    private final BusinessCalendar calendar;
    private final Instant startedAt;
    private final Duration target;
    private final ImmutableList<Pause> pauses;

    private SlaClock(BusinessCalendar calendar, Instant startedAt, Duration target, ImmutableList<Pause> pauses) {
        this.calendar = checkNotNull(calendar, "calendar");
        this.startedAt = checkNotNull(startedAt, "startedAt");
        this.target = checkNotNull(target, "target");
        checkArgument(!target.isNegative() && !target.isZero(), "an SLA target must be positive but was %s", target);
        Instant runningSince = startedAt;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            checkArgument(!pause.from().isBefore(runningSince), "pause %s at %s is before %s at %s",
                    i, pause.from(), i == 0 ? "the clock's start" : "the end of the previous pause", runningSince);
            checkArgument(pause.until().isPresent() || i == pauses.size() - 1,
                    "only the last pause may be open but pause %s of %s is", i, pauses.size());
            runningSince = pause.until().orElse(null);
        }
        this.pauses = pauses;
    }

    /**
     * A running clock with no pauses.
     *
     * @throws IllegalArgumentException if {@code target} is not positive
     */
    public static SlaClock start(BusinessCalendar calendar, Instant startedAt, Duration target) {
        return new SlaClock(calendar, startedAt, target, ImmutableList.of());
    }

    /**
     * A clock rebuilt from stored pauses (each closed, except possibly the last).
     *
     * @throws IllegalArgumentException if {@code target} is not positive, a pause starts before
     *     the clock or before the previous pause ended, or a pause other than the last is open
     */
    public static SlaClock restore(BusinessCalendar calendar, Instant startedAt, Duration target, List<Pause> pauses) {
        checkNotNull(pauses, "pauses");
        return new SlaClock(calendar, startedAt, target, ImmutableList.copyOf(pauses));
    }

    /**
     * The clock paused at {@code at}.
     *
     * @throws IllegalStateException if already paused
     * @throws IllegalArgumentException if {@code at} is before the start or the last resume
     */
    public SlaClock pause(Instant at) {
        checkNotNull(at, "at");
        if (paused()) {
            throw new IllegalStateException("the SLA clock is already paused since " + lastPauseStart());
        }
        Instant runningSince = pauses.isEmpty() ? startedAt : pauses.get(pauses.size() - 1).until().orElseThrow();
        checkArgument(!at.isBefore(runningSince), "cannot pause the SLA clock at %s, before it %s at %s",
                at, pauses.isEmpty() ? "started" : "last resumed", runningSince);
        return new SlaClock(calendar, startedAt, target,
                ImmutableList.<Pause>builder().addAll(pauses).add(Pause.open(at)).build());
    }

    /**
     * The clock running again from {@code at}.
     *
     * @throws IllegalStateException if not paused
     * @throws IllegalArgumentException if {@code at} is before the instant it was paused
     */
    public SlaClock resume(Instant at) {
        checkNotNull(at, "at");
        checkState(paused(), "the SLA clock is not paused, so it cannot resume at %s", at);
        Instant pausedAt = lastPauseStart();
        checkArgument(!at.isBefore(pausedAt), "cannot resume the SLA clock at %s, before it was paused at %s", at, pausedAt);
        return new SlaClock(calendar, startedAt, target, ImmutableList.<Pause>builder()
                .addAll(pauses.subList(0, pauses.size() - 1)).add(Pause.closed(pausedAt, at)).build());
    }

    /** Working time counted so far, pauses excluded; zero before the start. */
    public Duration elapsed(Instant now) {
        checkNotNull(now, "now");
        Duration total = Duration.ZERO;
        Instant runningSince = startedAt;
        for (Pause pause : pauses) {
            Instant runUntil = pause.from().isBefore(now) ? pause.from() : now;
            total = total.plus(calendar.businessTimeBetween(runningSince, runUntil));
            if (pause.until().isEmpty()) {
                return total;
            }
            runningSince = pause.until().get();
        }
        return total.plus(calendar.businessTimeBetween(runningSince, now));
    }

    /** Target minus elapsed; negative once breached. */
    public Duration remaining(Instant now) {
        return target.minus(elapsed(now));
    }

    /** Elapsed divided by target (1.0 at the due instant, above 1.0 once breached). */
    public double fractionElapsed(Instant now) {
        return seconds(elapsed(now)) / seconds(target);
    }

    /**
     * The instant the target is reached if the clock keeps running; empty while paused. It is the
     * earliest instant at which elapsed equals the target, so it can lie in the past (also before
     * a later pause, if the target was reached before it).
     *
     * @throws IllegalArgumentException if the calendar has no working time left to reach the
     *     target (see {@link BusinessCalendar#addBusinessTime})
     */
    public Optional<Instant> due() {
        if (paused()) {
            return Optional.empty();
        }
        Duration left = target;
        Instant runningSince = startedAt;
        for (Pause pause : pauses) {
            Duration run = calendar.businessTimeBetween(runningSince, pause.from());
            if (run.compareTo(left) >= 0) {
                break;
            }
            left = left.minus(run);
            runningSince = pause.until().orElseThrow();
        }
        return Optional.of(calendar.addBusinessTime(runningSince, left));
    }

    /** True once elapsed exceeds the target; reaching it exactly is not a breach. */
    public boolean breached(Instant now) {
        return elapsed(now).compareTo(target) > 0;
    }

    /** True while paused. */
    public boolean paused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).until().isEmpty();
    }

    /** The calendar whose working time the clock counts. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** When the clock started. */
    public Instant startedAt() {
        return startedAt;
    }

    /** The working time allowed, positive. */
    public Duration target() {
        return target;
    }

    /** The pauses, oldest first, immutable; only the last may be open. */
    public List<Pause> pauses() {
        return pauses;
    }

    private Instant lastPauseStart() {
        return pauses.get(pauses.size() - 1).from();
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaClock other
                && calendar.equals(other.calendar)
                && startedAt.equals(other.startedAt)
                && target.equals(other.target)
                && pauses.equals(other.pauses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, startedAt, target, pauses);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("startedAt", startedAt).add("target", target)
                .add("pauses", pauses).add("calendar", calendar).toString();
    }

    /**
     * A pause from {@code from} to {@code until}; {@code until} empty while still paused.
     *
     * @param from  when the clock stopped
     * @param until when it ran again, if it has; not before {@code from}
     */
    public record Pause(Instant from, Optional<Instant> until) {

        /**
         * Checks the pause.
         *
         * @throws IllegalArgumentException if {@code until} is before {@code from}
         */
        public Pause {
            checkNotNull(from, "from");
            checkNotNull(until, "until (Optional.empty() while paused)");
            checkArgument(until.isEmpty() || !until.get().isBefore(from),
                    "a pause cannot end at %s, before it started at %s", until.orElse(null), from);
        }

        /** A pause that has not ended. */
        public static Pause open(Instant from) {
            return new Pause(from, Optional.empty());
        }

        /** A pause that ended at {@code until}. */
        public static Pause closed(Instant from, Instant until) {
            return new Pause(from, Optional.of(checkNotNull(until, "until")));
        }
    }
}
