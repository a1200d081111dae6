package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.crmkit.shared.Page;

/** Cuts one page off an ordered collection, for the in-memory keyset paging. */
final class Pages {

    private Pages() {}

    /**
     * The first {@code limit} items of {@code rest}, with the cursor of the last one if more
     * follow. Iterates rather than asks for the size, which a TreeMap view counts one by one.
     */
    static <T> Page<T> first(Iterable<T> rest, int limit, Function<T, String> cursorOf) {
        List<T> items = new ArrayList<>();
        Iterator<T> it = rest.iterator();
        while (it.hasNext() && items.size() < limit) {
            items.add(it.next());
        }
        return Page.of(items, it.hasNext() ? cursorOf.apply(items.get(items.size() - 1)) : null);
    }
}
