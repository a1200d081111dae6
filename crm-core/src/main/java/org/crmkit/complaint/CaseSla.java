package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case's SLA bookkeeping: its targets (fixed when it opened), the pauses of its clocks, which
 * crossings the SLA check has already reported, and the schedule the check follows. Readings
 * (elapsed, remaining, breached) come from {@code ComplaintService.sla}, on the tenant's calendar.
 *
 * @param targets the working time allowed per metric
 * @param pauses the stretches the clocks stood still, oldest first; only the last may be open
 * @param atRisk the metrics whose at-risk crossing was reported
 * @param breached the metrics whose breach was reported
 * @param state the worst state at the last change or check
 * @param dueAt the earliest due instant of a running target, or null if none runs (queues sort by it)
 * @param nextCheckAt when the SLA check should next look at the case, or null if nothing is pending
 * @since 0.1
 */
public record CaseSla(
        SlaTargets targets, List<SlaPause> pauses, Set<SlaMetric> atRisk, Set<SlaMetric> breached, SlaState state, @Nullable Instant dueAt,
        @Nullable Instant nextCheckAt) {

    /** Checks and normalises the components as the record's description says. */
    public CaseSla {
        checkNotNull(targets, "targets");
        pauses = List.copyOf(pauses);
        for (int i = 0; i + 1 < pauses.size(); i++) {
            checkArgument(!pauses.get(i).isOpen(), "only the last pause may be open: %s", pauses);
        }
        atRisk = atRisk.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(atRisk));
        breached = breached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(breached));
        checkNotNull(state, "state");
    }

    /** Fresh bookkeeping for a case just opened. */
    public static CaseSla started(SlaTargets targets) {
        return new CaseSla(targets, List.of(), Set.of(), Set.of(), SlaState.ON_TRACK, null, null);
    }

    /** True while the clocks stand still. */
    public boolean paused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }

    CaseSla pausedAt(Instant at) {
        if (paused()) {
            return this;
        }
        List<SlaPause> next = new ArrayList<>(pauses);
        next.add(new SlaPause(at, null));
        return new CaseSla(targets, next, atRisk, breached, state, dueAt, nextCheckAt);
    }

    CaseSla resumedAt(Instant at) {
        if (!paused()) {
            return this;
        }
        List<SlaPause> next = new ArrayList<>(pauses);
        SlaPause open = next.remove(next.size() - 1);
        next.add(new SlaPause(open.from(), at));
        return new CaseSla(targets, next, atRisk, breached, state, dueAt, nextCheckAt);
    }

    CaseSla flagged(Set<SlaMetric> newAtRisk, Set<SlaMetric> newBreached) {
        return new CaseSla(targets, pauses, newAtRisk, newBreached, state, dueAt, nextCheckAt);
    }

    CaseSla scheduled(SlaState newState, Instant newDueAt, Instant newNextCheckAt) {
        return new CaseSla(targets, pauses, atRisk, breached, newState, newDueAt, newNextCheckAt);
    }
}
