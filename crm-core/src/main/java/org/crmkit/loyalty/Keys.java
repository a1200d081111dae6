package org.crmkit.loyalty;

import org.crmkit.shared.TextRules;

/** Constraints on idempotency keys and references. */
final class Keys {

    /** Printable ASCII without spaces. */
    static final String PATTERN = TextRules.PRINTABLE_ASCII;

    static final String MESSAGE = TextRules.PRINTABLE_ASCII_MESSAGE;

    private Keys() {}
}
