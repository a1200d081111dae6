package org.crmkit.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns model values into plain trees for exports: records become maps of their components (absent
 * ones left out), one-component {@code value} records (ids) their value, collections lists, maps
 * maps with string keys, enums their names, numbers, strings and booleans themselves, and anything
 * else (times, dates, currencies) its {@code toString()} (ISO-8601 for times).
 *
 * @since 0.2
 */
public final class ExportValues {

    private ExportValues() {}

    /** {@code value} as a plain tree; null stays null. */
    public static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Optional<?> o) {
            return plain(o.orElse(null));
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            c.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, v) -> map.put(String.valueOf(plain(k)), plain(v)));
            return map;
        }
        if (value instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                return plain(read(r, components[0]));
            }
            return map(r);
        }
        return value.toString();
    }

    /** A record as a map of its components in declaration order, absent ones left out. */
    public static Map<String, Object> map(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object v = plain(read(record, component));
            if (v != null) {
                map.put(component.getName(), v);
            }
        }
        return map;
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            component.getAccessor().trySetAccessible(); // records declared inside non-public types
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
