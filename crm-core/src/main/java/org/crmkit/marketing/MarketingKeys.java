package org.crmkit.marketing;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.crmkit.shared.CustomerId;

/**
 * The idempotency keys of what marketing sends and gives one customer: {@code <source>/<id>/<customer>}
 * (a window may follow), or with a hash of the id where the key would pass the 128 printable ASCII
 * characters that coupon and points keys may have. The same message, coupon and points bonus share
 * one key, so a replay can neither send nor give twice.
 *
 * @since 0.2
 */
public final class MarketingKeys {

    /** The longest key. */
    public static final int MAX_LENGTH = 128;

    private MarketingKeys() {}

    /**
     * The key of {@code source} ({@code campaign}, {@code journey}) {@code id} for the customer, with
     * {@code suffix} appended after a slash unless it is empty.
     */
    public static String of(String source, String id, CustomerId customerId, String suffix) {
        String tail = customerId.value() + (suffix.isEmpty() ? "" : "/" + suffix);
        String key = source + "/" + id + "/" + tail;
        return key.length() <= MAX_LENGTH ? key
                : source + "#" + Hashing.sha256().hashString(id, StandardCharsets.UTF_8).toString().substring(0, 32) + "/" + tail;
    }
}
