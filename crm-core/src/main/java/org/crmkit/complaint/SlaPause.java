package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stretch during which a case's SLA clocks stood still: waiting on the customer, resolved
 * (until a reopen), or after cancellation.
 *
 * @param from when the clocks stopped
 * @param until when they ran again, or null while still stopped
 * @since 0.1
 */
public record SlaPause(Instant from, @Nullable Instant until) {

    /** Checks and normalises the components as the record's description says. */
    public SlaPause {
        checkNotNull(from, "from");
        checkArgument(until == null || !until.isBefore(from), "a pause cannot end (%s) before it starts (%s)", until, from);
    }

    /** True while the clocks stand still. */
    public boolean isOpen() {
        return until == null;
    }
}
