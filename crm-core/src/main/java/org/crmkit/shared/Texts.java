package org.crmkit.shared;

/** Small text helpers for messages. Internal to crmkit; not part of the API. */
final class Texts {

    private static final int MESSAGE_VALUE_LIMIT = 80;

    private Texts() {}

    /**
     * Whether {@code value} is 1 to {@code maxLength} printable ASCII characters without spaces
     * ({@code [\x21-\x7E]}, which is what {@code [\p{Graph}&&[^\s]]} matches): checked by hand
     * because ids are made for every row read, and a regular expression's matcher each cost more.
     */
    static boolean isPrintableAscii(String value, int maxLength) {
        return isIdText(value, maxLength, false);
    }

    /** Whether {@code value} is 1 to {@code maxLength} characters of {@code [A-Za-z0-9._-]}, checked by hand like {@link #isPrintableAscii}. */
    static boolean isPlainName(String value, int maxLength) {
        return isIdText(value, maxLength, true);
    }

    /** Whether {@code c} is a printable ASCII character other than the space: {@code [\x21-\x7E]}, {@link TextRules#PRINTABLE_ASCII}'s class. */
    static boolean isPrintableAsciiChar(int c) {
        return c >= 0x21 && c <= 0x7E;
    }

    private static boolean isIdText(String value, int maxLength, boolean plainName) {
        int length = value.length();
        if (length < 1 || length > maxLength) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = plainName
                    ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
                    : isPrintableAsciiChar(c);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Shortens a value for an error message so that huge input cannot flood logs. */
    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        String shown = text;
        if (text.codePointCount(0, text.length()) > MESSAGE_VALUE_LIMIT) {
            shown = text.substring(0, text.offsetByCodePoints(0, MESSAGE_VALUE_LIMIT)) + "...(" + text.length() + " chars)";
        }
        return escapeControls(shown);
    }

    /** Replaces control characters with {@code \\uXXXX} so that input cannot forge log lines. */
    private static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
