package org.crmkit.customer;

import org.crmkit.shared.TextRules;

/** Shared constraint patterns for this context's commands. */
final class Constraints {

    /** No control characters (line breaks, NUL, ...). */
    static final String SINGLE_LINE = TextRules.SINGLE_LINE;

    static final String SINGLE_LINE_MESSAGE = TextRules.SINGLE_LINE_MESSAGE;

    /** At least one character that is not white space (null passes: use @NotNull for that). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    static final String NOT_BLANK_MESSAGE = "must not be blank";

    /** Control characters other than tab, CR and LF are refused in free text. */
    static final String FREE_TEXT = TextRules.FREE_TEXT;

    static final String FREE_TEXT_MESSAGE = TextRules.FREE_TEXT_MESSAGE;

    /** A tag or preference key: letters, digits and . _ : - in any script. */
    static final String KEY = "[\\p{L}\\p{N}._:\\-]+";

    static final String KEY_MESSAGE = "must be letters, digits and . _ : - only";

    private Constraints() {}
}
