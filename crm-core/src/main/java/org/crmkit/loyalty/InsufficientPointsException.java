package org.crmkit.loyalty;

import org.crmkit.shared.RuleViolationException;

/**
 * An operation asked for more points than are available. Nothing was written.
 *
 * @since 0.1
 */
public class InsufficientPointsException extends RuleViolationException {

    private final AccountRef account;
    private final long requested;
    private final long available;
    private final long held;

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
