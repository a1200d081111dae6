package org.crmkit.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a command (a record) and the records, collections, maps and optionals inside it, and
 * reports, by its path ({@code items[2].sku}), every string that {@link TextRules#unstorable}
 * refuses and every date or instant outside {@link Limits}. Types outside {@code org.crmkit} are
 * not entered, except the JDK's containers.
 */
final class StorableValues {

    private static final int MAX_DEPTH = 8;

    private StorableValues() {}

    static void scan(String path, Object value, List<Violation> violations) {
        scan(path, value, violations, 0);
    }

    private static void scan(String path, Object value, List<Violation> violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        String field = path.isEmpty() ? "value" : path;
        if (value instanceof String text) {
            TextRules.unstorable(text).ifPresent(problem -> violations.add(Violation.of(field, text, problem)));
        } else if (value instanceof Instant instant) {
            Limits.outOfRange(instant).ifPresent(problem -> violations.add(Violation.of(field, instant, problem)));
        } else if (value instanceof LocalDate date) {
            Limits.outOfRange(date).ifPresent(problem -> violations.add(Violation.of(field, date, problem)));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                scan(path + "[" + i++ + "]", item, violations, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                scan(path + "[" + e.getKey() + "]", e.getKey(), violations, depth + 1);
                scan(path + "[" + e.getKey() + "]", e.getValue(), violations, depth + 1);
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> scan(path, v, violations, depth + 1));
        } else if (value instanceof Record record && record.getClass().getName().startsWith("org.crmkit.")) {
            List<RecordParts.Part> parts = RecordParts.of(record.getClass());
            for (RecordParts.Part part : parts == null ? List.<RecordParts.Part>of() : parts) {
                Object component;
                try {
                    component = part.of(record);
                } catch (RuntimeException e) {
                    continue; // a component that cannot be read is not text this command carries to the store
                }
                scan(path.isEmpty() ? part.name() : path + "." + part.name(), component, violations, depth + 1);
            }
        }
    }
}
