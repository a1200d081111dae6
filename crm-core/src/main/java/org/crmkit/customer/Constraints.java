package org.crmkit.customer;

/** Shared constraint patterns for this context's commands. */
final class Constraints {

    /** No control characters (line breaks, NUL, ...). */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    static final String SINGLE_LINE_MESSAGE = "must not contain control characters such as line breaks or NUL";

    /** At least one character that is not white space (null passes: use @NotNull for that). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    static final String NOT_BLANK_MESSAGE = "must not be blank";

    /** Control characters other than tab, CR and LF are refused in free text. */
    static final String FREE_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    static final String FREE_TEXT_MESSAGE = "must not contain control characters other than tab and line breaks";

    /** A tag or preference key: letters, digits and . _ : - in any script. */
    static final String KEY = "[\\p{L}\\p{N}._:\\-]+";

    static final String KEY_MESSAGE = "must be letters, digits and . _ : - only";

    private Constraints() {}
}
