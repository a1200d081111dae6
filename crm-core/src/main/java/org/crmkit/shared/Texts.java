package org.crmkit.shared;

/** Small text helpers for messages. Internal to crmkit; not part of the API. */
final class Texts {

    private static final int MESSAGE_VALUE_LIMIT = 80;

    private Texts() {}

    /** Shortens a value for an error message so that huge input cannot flood logs. */
    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MESSAGE_VALUE_LIMIT) {
            return text;
        }
        return text.substring(0, MESSAGE_VALUE_LIMIT) + "...(" + text.length() + " chars)";
    }
}
