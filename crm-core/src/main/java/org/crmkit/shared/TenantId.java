package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;

/**
 * Identifies a tenant: one merchant on a platform, with its own programme rules and data.
 *
 * <p>Every aggregate and every row carries a tenant id; no crmkit API reads or changes data of a
 * tenant other than the one it is given.
 *
 * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}
 * @since 0.1
 */
public record TenantId(String value) {

    /**
     * @throws IllegalArgumentException if {@code value} is not 1 to 64 characters from {@code
     *     [A-Za-z0-9._-]}
     */
    public TenantId {
        checkNotNull(value, "tenant id must not be null");
        if (!Texts.isPlainName(value, 64)) { // the message's text only for a refused id
            throw new IllegalArgumentException(Strings.lenientFormat(
                    "tenant id must be 1 to 64 characters of [A-Za-z0-9._-] but was '%s'", Texts.abbreviate(value)));
        }
    }

    /** Returns the tenant id with the given value. */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
