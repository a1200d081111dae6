package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Asks for one page: at most {@code limit} items after {@code cursor}.
 *
 * @param limit 1 to {@value #MAX_LIMIT} items
 * @param cursor the {@link Page#nextCursor()} of the previous page, or null for the first page
 * @since 0.1
 */
public record PageRequest(int limit, @Nullable String cursor) {

    /** The largest page size. */
    public static final int MAX_LIMIT = 1000;

    /** @throws IllegalArgumentException if {@code limit} is not within 1 and {@value #MAX_LIMIT} */
    public PageRequest {
        checkArgument(
                limit >= 1 && limit <= MAX_LIMIT,
                "page limit must be between 1 and %s but was %s",
                MAX_LIMIT,
                limit);
    }

    /** The first page of {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** The page of {@code limit} items after {@code cursor}. */
    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(limit, cursor);
    }

    /** The cursor, if this is not the first page. */
    public Optional<String> cursorValue() {
        return Optional.ofNullable(cursor);
    }
}
