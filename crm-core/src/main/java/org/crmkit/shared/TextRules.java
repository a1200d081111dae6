package org.crmkit.shared;

/**
 * The text patterns crmkit's commands validate with (Jakarta Validation {@code @Pattern}), one
 * definition for every context, so a key or a subject is judged the same way everywhere.
 *
 * @since 0.1
 */
public final class TextRules {

    /** One line: no control characters (line breaks, NUL, ...). */
    public static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    /** The message for {@link #SINGLE_LINE}. */
    public static final String SINGLE_LINE_MESSAGE = "must not contain control characters such as line breaks or NUL";

    /** Free text: control characters other than tab, CR and LF are refused. */
    public static final String FREE_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    /** The message for {@link #FREE_TEXT}. */
    public static final String FREE_TEXT_MESSAGE = "must not contain control characters other than tab and line breaks";

    /** Keys, references and codes: printable ASCII without spaces. */
    public static final String PRINTABLE_ASCII = "[\\x21-\\x7E]*";

    /** The message for {@link #PRINTABLE_ASCII}. */
    public static final String PRINTABLE_ASCII_MESSAGE = "must be printable ASCII characters without spaces";

    private TextRules() {}
}
