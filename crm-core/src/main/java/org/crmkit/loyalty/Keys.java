package org.crmkit.loyalty;

import org.crmkit.shared.Limits;
import org.crmkit.shared.TextRules;

/** Constraints on idempotency keys and references. */
final class Keys {

    /** Printable ASCII without spaces. */
    static final String PATTERN = TextRules.PRINTABLE_ASCII;

    static final String MESSAGE = TextRules.PRINTABLE_ASCII_MESSAGE;

    /** The most points one operation may move: a trillion, far from overflowing a long. */
    static final long MAX_POINTS = Limits.MAX_POINTS;

    private Keys() {}
}
