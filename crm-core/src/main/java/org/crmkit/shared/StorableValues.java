package org.crmkit.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
            for (Component component : COMPONENTS.get(record.getClass())) {
                try {
                    Object part = component.accessor().invoke(record);
                    scan(path.isEmpty() ? component.name() : path + "." + component.name(), part, violations, depth + 1);
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    // a component that cannot be read is not text this command carries to the store
                }
            }
        }
    }

    /** A record component's name and accessor, made accessible once. */
    private record Component(String name, Method accessor) {}

    /**
     * Each record class's components, looked up once: every command is scanned, and asking the
     * class for them each time cost a fifth of a ledger operation on the in-memory storage.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                try {
                    accessor.setAccessible(true);
                    components.add(new Component(component.getName(), accessor));
                } catch (RuntimeException e) {
                    // a component that cannot be read is not text this command carries to the store
                }
            }
            return List.copyOf(components);
        }
    };
}
