package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, with the cursor that fetches the next page.
 *
 * @param items the results on this page, in the documented order of the query
 * @param nextCursor the opaque cursor for the next page; empty when this is the last page
 * @param <T> the item type
 * @since 0.1
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    /** Checks and normalises the components as the record's description says. */
    public Page {
        items = List.copyOf(checkNotNull(items, "items"));
        checkNotNull(nextCursor, "nextCursor");
    }

    /** Returns a page; {@code nextCursor} may be null for the last page. */
    public static <T> Page<T> of(List<T> items, @Nullable String nextCursor) {
        return new Page<>(items, Optional.ofNullable(nextCursor));
    }

    /**
     * Reads every page {@code fetch} returns, from the first on, {@code limit} items a page, and
     * hands each item to {@code sink} in order. Each call of {@code fetch} is one page, so a
     * caller that fetches inside a unit of work holds no more than a page at a time.
     */
    public static <T> void forEach(Function<PageRequest, Page<T>> fetch, int limit, Consumer<? super T> sink) {
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<T> page = fetch.apply(request);
            page.items().forEach(sink);
            if (page.nextCursor().isEmpty()) {
                return;
            }
            request = PageRequest.after(page.nextCursor().get(), limit);
        }
    }

    /** Returns true if a further page may exist. */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
