package org.crmkit.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.TenantId;

/**
 * An {@link ExportSink} that collects a customer's export into one document: {@code tenantId},
 * {@code customerId}, {@code exportedAt}, then per context (in the order given, each present even
 * when empty) a map from section name to the list of its items.
 *
 * @since 0.2
 */
public final class ExportDocument implements ExportSink {

    private final Map<String, Object> document = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Object>>> contexts = new LinkedHashMap<>();

    /** An empty document about the customer, with a map for each of {@code contexts}. */
    public ExportDocument(TenantId tenantId, CustomerId customerId, Instant exportedAt, List<String> contexts) {
        document.put("tenantId", tenantId.value());
        document.put("customerId", customerId.value());
        document.put("exportedAt", exportedAt.toString());
        contexts.forEach(this::context);
    }

    @Override
    public void accept(String context, String section, Map<String, Object> item) {
        context(context).computeIfAbsent(section, s -> new ArrayList<>()).add(item);
    }

    /** The document collected so far (a live view; not thread-safe). */
    public Map<String, Object> toMap() {
        return document;
    }

    private Map<String, List<Object>> context(String name) {
        return contexts.computeIfAbsent(name, n -> {
            Map<String, List<Object>> sections = new LinkedHashMap<>();
            document.put(n, sections);
            return sections;
        });
    }
}
