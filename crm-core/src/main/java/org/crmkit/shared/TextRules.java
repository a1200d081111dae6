package org.crmkit.shared;

import java.util.List;

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

    /**
     * Whether {@code text} is 1 to {@code maxLength} characters of {@link #PRINTABLE_ASCII}: the
     * check of ids made for every row read (customers, coupons, cases), done by a loop rather than a
     * regular expression's matcher.
     *
     * @since 0.2
     */
    public static boolean isPrintableAscii(String text, int maxLength) {
        return Texts.isPrintableAscii(text, maxLength);
    }

    /**
     * What makes {@code text} unstorable alike on every store, or empty if nothing does: the NUL
     * character (PostgreSQL cannot store it in text) and unpaired UTF-16 surrogates (not text at
     * all; PostgreSQL would read them back as {@code ?}). Everything else is stored and read back
     * exactly on every store.
     */
    public static java.util.Optional<String> unstorable(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return java.util.Optional.of("must not contain the NUL character (U+0000, at index " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return java.util.Optional.of("must be well-formed text, but has an unpaired surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Checks a text parameter of a method that takes no command.
     *
     * @throws ValidationException naming {@code field} if {@link #unstorable} finds a problem
     */
    public static String checkStorable(String operation, String field, String text) {
        unstorable(text).ifPresent(problem -> {
            throw new ValidationException(operation, List.of(Violation.of(field, text, problem)));
        });
        return text;
    }
}
