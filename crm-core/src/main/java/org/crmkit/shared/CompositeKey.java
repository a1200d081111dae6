package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Builds internal names (counters, one-off claims) out of several parts, some of them user ids,
 * so that different parts never give the same name.
 *
 * <p><b>Encoding:</b> each part has every {@code \} written as {@code \\} and every {@code :} as
 * {@code \:}; the parts are then joined with {@code :}. Reading left to right, a {@code \} always
 * escapes the next character and every other {@code :} ends a part, so a key names exactly one
 * list of parts: {@code of("c", "x/default:y")} is {@code c:x/default\:y}, never the key of {@code
 * ("c/default:x", "y")}. Parts may be empty; there is at least one. Ids without {@code \} or
 * {@code :} read as they are, and a part grows at most to twice its length.
 *
 * <p>Because the separator is never escaped inside a key, a key, a {@code :} and another key is
 * the key of both lists of parts: {@code of("a") + ":" + of("b", "c")} equals {@code of("a", "b",
 * "c")}. A prefix may therefore be added to a key that way without escaping it again.
 *
 * <p>Internal to crmkit: used by the contexts, not part of the API.
 *
 * @since 0.1
 */
public final class CompositeKey {

    private CompositeKey() {}

    /**
     * The key of {@code parts}, in order.
     *
     * @throws IllegalArgumentException if there are no parts
     * @throws NullPointerException if a part is null
     */
    public static String of(String... parts) {
        checkArgument(parts.length > 0, "a key needs at least one part");
        int length = parts.length;
        for (String part : parts) {
            length += part == null ? 0 : part.length();
        }
        StringBuilder key = new StringBuilder(length + 8); // sized once: most ids need no escape
        for (int i = 0; i < parts.length; i++) {
            String part = checkNotNull(parts[i], "part %s of the key is null", i);
            if (i > 0) {
                key.append(':');
            }
            for (int c = 0; c < part.length(); c++) {
                char ch = part.charAt(c);
                if (ch == '\\' || ch == ':') {
                    key.append('\\');
                }
                key.append(ch);
            }
        }
        return key.toString();
    }
}
