package org.crmkit.complaint;

/** Constraint patterns shared by this context's commands. */
final class Texts {

    /** No control characters (line breaks, NUL, ...). */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    static final String SINGLE_LINE_MESSAGE = "must not contain control characters such as line breaks or NUL";

    /** Control characters other than tab, CR and LF are refused in free text. */
    static final String FREE_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    static final String FREE_TEXT_MESSAGE = "must not contain control characters other than tab and line breaks";

    /** Codes and keys: printable ASCII without spaces. */
    static final String CODE = "[\\x21-\\x7E]*";

    static final String CODE_MESSAGE = "must be printable ASCII characters without spaces";

    private Texts() {}
}
