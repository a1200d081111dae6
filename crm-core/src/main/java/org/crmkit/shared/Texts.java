package org.crmkit.shared;

/** Small text helpers for messages. Internal to crmkit; not part of the API. */
final class Texts {

    private static final int MESSAGE_VALUE_LIMIT = 80;

    private Texts() {}

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
