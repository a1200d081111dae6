package org.crmkit.offer.card;

import org.crmkit.shared.TextRules;

/** Constraints on card ids, idempotency keys and references. */
final class CardKeys {

    /** Printable ASCII without spaces. */
    static final String PATTERN = TextRules.PRINTABLE_ASCII;

    static final String MESSAGE = TextRules.PRINTABLE_ASCII_MESSAGE;

    private CardKeys() {}
}
