package org.crmkit.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
        scan(path.isEmpty() ? Path.ROOT : new Path(Path.ROOT, path, null), value, violations, 0);
    }

    private static void scan(Path path, Object value, List<Violation> violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            TextRules.unstorable(text).ifPresent(problem -> violations.add(Violation.of(path.field(), text, problem)));
        } else if (value instanceof Instant instant) {
            Limits.outOfRange(instant).ifPresent(problem -> violations.add(Violation.of(path.field(), instant, problem)));
        } else if (value instanceof LocalDate date) {
            Limits.outOfRange(date).ifPresent(problem -> violations.add(Violation.of(path.field(), date, problem)));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                scan(new Path(path, null, i++), item, violations, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Path entry = new Path(path, null, e.getKey());
                scan(entry, e.getKey(), violations, depth + 1);
                scan(entry, e.getValue(), violations, depth + 1);
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
                scan(new Path(path, part.name(), null), component, violations, depth + 1);
            }
        }
    }

    /**
     * Where a value sits in the command ({@code items[2].sku}), spelled out only when a violation
     * names it: most commands have none, and building each component's path as text cost more
     * than checking its value.
     */
    private static final class Path {

        static final Path ROOT = new Path(null, null, null);

        private final @Nullable Path parent;
        /** A component's name, or null for an element. */
        private final @Nullable String name;
        /** An element's index or a map entry's key. */
        private final @Nullable Object key;

        Path(@Nullable Path parent, @Nullable String name, @Nullable Object key) {
            this.parent = parent;
            this.name = name;
            this.key = key;
        }

        /** The path as a violation names its field: {@code value} for the command itself. */
        String field() {
            String text = text();
            return text.isEmpty() ? "value" : text;
        }

        private String text() {
            if (parent == null) {
                return "";
            }
            String above = parent.text();
            if (name != null) {
                return above.isEmpty() ? name : above + "." + name;
            }
            return above + "[" + key + "]";
        }
    }
}
