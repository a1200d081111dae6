package org.crmkit.loyalty;

import org.crmkit.shared.RuleViolationException;

/**
 * An operation asked for more points than are available. Nothing was written.
 *
 * @since 0.1
 */
public class InsufficientPointsException extends RuleViolationException {

    /** See {@link #account()}. */
    private final AccountRef account;
    /** See {@link #requested()}. */
    private final long requested;
    /** See {@link #available()}. */
    private final long available;
    /** See {@link #held()}. */
    private final long held;

    /** {@code requested} points were asked of an account with {@code available} available and {@code held} held. */
    public InsufficientPointsException(AccountRef account, long requested, long available, long held) {
        super("account " + account + " has " + available + " points available (" + held + " held) but "
                + requested + " were requested");
        this.account = account;
        this.requested = requested;
        this.available = available;
        this.held = held;
    }

    /** The account. */
    public AccountRef account() {
        return account;
    }

    /** The points asked for. */
    public long requested() {
        return requested;
    }

    /** The points that were available. */
    public long available() {
        return available;
    }

    /** The points reserved by open holds at the time. */
    public long held() {
        return held;
    }
}
