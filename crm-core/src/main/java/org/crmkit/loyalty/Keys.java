package org.crmkit.loyalty;

/** Constraints on idempotency keys and references. */
final class Keys {

    /** Printable ASCII without spaces. */
    static final String PATTERN = "[\\x21-\\x7E]*";

    static final String MESSAGE = "must be printable ASCII characters without spaces";

    /** The most points one operation may move: a trillion, far from overflowing a long. */
    static final long MAX_POINTS = 1_000_000_000_000L;

    private Keys() {}
}
