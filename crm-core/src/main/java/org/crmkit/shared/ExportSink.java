package org.crmkit.shared;

import java.util.Map;

/**
 * Receives a customer's data export one item at a time, as each context reads it page by page.
 * Items arrive grouped: every item of one context's section before the next section begins.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface ExportSink {

    /**
     * One exported item.
     *
     * @param context the context that holds it, e.g. {@code loyalty}
     * @param section what kind of item, e.g. {@code ledger}, {@code cases}
     * @param item the item as a tree of maps, lists, strings, numbers and booleans (see {@link
     *     ExportValues#plain})
     */
    void accept(String context, String section, Map<String, Object> item);
}
