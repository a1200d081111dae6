package org.crmkit.sales;

import org.crmkit.shared.TextRules;

/** The constraints of the sales commands' texts, in one place. */
final class SalesText {

    /** Keys and ids: printable ASCII without spaces. */
    static final String KEY = TextRules.PRINTABLE_ASCII;
    static final String KEY_MESSAGE = TextRules.PRINTABLE_ASCII_MESSAGE;
    /** Names, titles, owners, sources: one line. */
    static final String LINE = TextRules.SINGLE_LINE;
    static final String LINE_MESSAGE = TextRules.SINGLE_LINE_MESSAGE;
    /** Notes and reasons: free text. */
    static final String TEXT = TextRules.FREE_TEXT;
    static final String TEXT_MESSAGE = TextRules.FREE_TEXT_MESSAGE;
    /** Stage names: upper-case letters, digits and underscores, starting with a letter. */
    static final String STAGE = "[A-Z][A-Z0-9_]*";
    static final String STAGE_MESSAGE = "must be upper-case letters, digits and underscores, starting with a letter";

    private SalesText() {}
}
