package org.crmkit.spi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * Encodes keyset-paging positions as opaque, URL-safe cursors, for storage implementations.
 *
 * @since 0.1
 */
public final class CursorCodec {

    private static final char SEPARATOR = '\u001f';

    private CursorCodec() {}

    /** Encodes the key values of the last item of a page. Values must not contain U+001F. */
    public static String encode(String... keys) {
        for (String key : keys) {
            checkArgument(key.indexOf(SEPARATOR) < 0, "cursor keys must not contain U+001F");
        }
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor made by {@link #encode} with {@code expectedKeys} values.
     *
     * @throws ValidationException naming the field {@code cursor} if it is not such a cursor
     */
    public static List<String> decode(String cursor, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = Splitter.on(SEPARATOR).splitToList(joined);
            // a forged cursor may decode to text no store can compare with (NUL), so it is refused here
            if (keys.size() == expectedKeys && keys.stream().allMatch(k -> TextRules.unstorable(k).isEmpty())) {
                return keys;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the validation error
        }
        throw invalid(cursor);
    }

    /**
     * Decodes a cursor made by {@link #encode} from one whole number, e.g. a sequence.
     *
     * @throws ValidationException naming the field {@code cursor} if it is not such a cursor
     */
    public static long decodeLong(String cursor) {
        try {
            return Long.parseLong(decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
    }

    /**
     * Parses {@code key}, one value of a cursor decoded with {@link #decode}, as an ISO-8601
     * instant.
     *
     * @throws ValidationException naming the field {@code cursor} if it is not one
     */
    public static Instant instantKey(String cursor, String key) {
        try {
            return Instant.parse(key);
        } catch (RuntimeException e) {
            throw invalid(cursor);
        }
    }

    /** The error for a cursor this store did not issue. */
    public static ValidationException invalid(String cursor) {
        return new ValidationException("PageRequest", List.of(
                Violation.of("cursor", cursor, "is not a cursor returned by this query; start again without a cursor")));
    }
}
