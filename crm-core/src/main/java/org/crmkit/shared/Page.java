package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * One page of results, with the cursor that fetches the next page.
 *
 * @param items the results on this page, in the documented order of the query
 * @param nextCursor the opaque cursor for the next page; empty when this is the last page
 * @param <T> the item type
 * @since 0.1
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(checkNotNull(items, "items"));
        checkNotNull(nextCursor, "nextCursor");
    }

    /** Returns a page; {@code nextCursor} may be null for the last page. */
    public static <T> Page<T> of(List<T> items, String nextCursor) {
        return new Page<>(items, Optional.ofNullable(nextCursor));
    }

    /** Returns true if a further page may exist. */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
