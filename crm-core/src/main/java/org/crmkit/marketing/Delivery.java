package org.crmkit.marketing;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * What a channel did with a message.
 *
 * @param delivered true if the channel took it
 * @param reason why it failed (1 to 500 characters), null when delivered
 * @since 0.2
 */
public record Delivery(boolean delivered, @Nullable String reason) {

    /** Checks that a failure has a reason and a delivery none. */
    public Delivery {
        checkArgument(delivered == (reason == null), "a failed delivery needs a reason and a delivered one has none, but got %s", reason);
        checkArgument(reason == null || !reason.isBlank() && reason.length() <= 500, "reason must be 1 to 500 characters");
    }

    /** The channel took the message. */
    public static Delivery success() {
        return new Delivery(true, null);
    }

    /** The channel could not send it, for {@code reason}. */
    public static Delivery failure(String reason) {
        return new Delivery(false, reason);
    }
}
