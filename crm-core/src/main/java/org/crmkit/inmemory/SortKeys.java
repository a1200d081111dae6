package org.crmkit.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.spi.CursorCodec;

/**
 * Keyset paging over in-memory collections by sort keys made of strings that compare as the
 * values do: an item's key is its position, and its cursor, so a page starts right after the
 * previous page's last key even if items were added or moved meanwhile.
 */
final class SortKeys {

    /** Orders keys element by element. */
    static final Comparator<List<String>> ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private SortKeys() {}

    /** An instant as a string that sorts chronologically (epoch microseconds, zero-padded). */
    static String instant(Instant at) {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        return String.format("%020d", micros);
    }

    /**
     * The page of {@code items} after the request's cursor in key order ({@code descending} for
     * newest first); every key has {@code keys} parts.
     */
    static <T> Page<T> page(Stream<T> items, int keys, Function<T, List<String>> keyOf, boolean descending, PageRequest request) {
        Comparator<List<String>> order = descending ? ORDER.reversed() : ORDER;
        Predicate<T> afterCursor = request.cursorValue()
                .map(cursor -> {
                    List<String> last = List.copyOf(CursorCodec.decode(cursor, keys));
                    return (Predicate<T>) item -> order.compare(keyOf.apply(item), last) > 0;
                })
                .orElse(item -> true);
        List<T> sorted = items.filter(afterCursor).sorted(Comparator.comparing(keyOf, order)).toList();
        return Pages.first(sorted, request.limit(), item -> CursorCodec.encode(keyOf.apply(item).toArray(String[]::new)));
    }
}
