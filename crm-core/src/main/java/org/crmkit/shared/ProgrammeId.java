package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Identifies a loyalty programme within a tenant, e.g. {@code jd-beans} or {@code default}.
 *
 * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}
 * @since 0.1
 */
public record ProgrammeId(String value) {

    /** The id used when a tenant has a single programme. */
    public static final ProgrammeId DEFAULT = new ProgrammeId("default");

    /** @throws IllegalArgumentException if the value is not 1 to 64 of {@code [A-Za-z0-9._-]} */
    public ProgrammeId {
        checkNotNull(value, "programme id must not be null");
        checkArgument(Texts.isPlainName(value, 64), "programme id must be 1 to 64 characters of [A-Za-z0-9._-] but was '%s'", value);
    }

    /** The programme id with this value. */
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
