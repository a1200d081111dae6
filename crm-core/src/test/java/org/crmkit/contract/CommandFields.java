package org.crmkit.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text and numeric fields of a command, found by walking a built instance: its record
 * components, and recursively the records of {@code org.crmkit} inside it (ids, money, nested
 * parts), the first element of each list and set, and the first key and value of each map. Each
 * field is a path that {@link #replace} rebuilds the command along, through the canonical
 * constructors, so a record's own checks run as they would for a caller.
 */
final class CommandFields {

    private static final int MAX_DEPTH = 6;

    /** What kind of value a field holds, which decides the values the matrix tries in it. */
    enum Kind { TEXT, LONG, INT, DECIMAL, DOUBLE }

    /** One step from a value to a part of it. */
    private record Step(String name, int component, boolean mapKey) {}

    /** A field of a command: its dotted name, kind, and the steps to it. */
    record Field(String name, Kind kind, List<Step> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A value a record's constructor refused: the command cannot even be built with it. */
    static final class Unbuildable extends Exception {
        private static final long serialVersionUID = 1L;

        Unbuildable(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    private CommandFields() {}

    /** Every text and numeric field of {@code command}, in component order. */
    static List<Field> of(Record command) {
        List<Field> fields = new ArrayList<>();
        walk(command, "", List.of(), fields, 0);
        return fields;
    }

    private static void walk(Object value, String name, List<Step> steps, List<Field> into, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Record record && record.getClass().getName().startsWith("org.crmkit.")
                && Modifier.isPublic(record.getClass().getModifiers())) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                String child = name.isEmpty() ? components[i].getName() : name + "." + components[i].getName();
                List<Step> path = append(steps, new Step(components[i].getName(), i, false));
                Kind kind = kindOf(components[i].getType());
                if (kind != null) {
                    into.add(new Field(child, kind, path));
                } else {
                    walk(read(record, components[i]), child, path, into, depth + 1);
                }
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            leafOrWalk(list.get(0), name + "[0]", append(steps, new Step("[0]", 0, false)), into, depth);
        } else if (value instanceof Set<?> set && !set.isEmpty()) {
            leafOrWalk(set.iterator().next(), name + "[0]", append(steps, new Step("[0]", 0, false)), into, depth);
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            Map.Entry<?, ?> first = map.entrySet().iterator().next();
            leafOrWalk(first.getKey(), name + ".key", append(steps, new Step("key", 0, true)), into, depth);
            leafOrWalk(first.getValue(), name + ".value", append(steps, new Step("value", 0, false)), into, depth);
        }
    }

    private static void leafOrWalk(Object element, String name, List<Step> steps, List<Field> into, int depth) {
        Kind kind = element == null ? null : kindOf(element.getClass());
        if (kind != null) {
            into.add(new Field(name, kind, steps));
        } else {
            walk(element, name, steps, into, depth + 1);
        }
    }

    private static Kind kindOf(Class<?> type) {
        if (type == String.class) {
            return Kind.TEXT;
        } else if (type == long.class || type == Long.class) {
            return Kind.LONG;
        } else if (type == int.class || type == Integer.class) {
            return Kind.INT;
        } else if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        } else if (type == double.class || type == Double.class) {
            return Kind.DOUBLE;
        }
        return null;
    }

    /**
     * {@code command} with {@code field} set to {@code value}, rebuilt through every record's
     * canonical constructor on the way.
     *
     * @throws Unbuildable if a constructor refuses the value (a caller could not build it either)
     */
    static Object replace(Object command, Field field, Object value) throws Unbuildable {
        try {
            return replace(command, field.steps(), 0, value);
        } catch (InvocationTargetException e) {
            throw new Unbuildable(e.getCause());
        }
    }

    private static Object replace(Object current, List<Step> steps, int at, Object value) throws InvocationTargetException {
        if (at == steps.size()) {
            return value;
        }
        Step step = steps.get(at);
        if (current instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = read(record, components[i]);
            }
            args[step.component()] = replace(args[step.component()], steps, at + 1, value);
            return construct(record.getClass(), types, args);
        } else if (current instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            copy.set(0, replace(list.get(0), steps, at + 1, value));
            return copy;
        } else if (current instanceof Set<?> set) {
            List<Object> elements = new ArrayList<>(set);
            elements.set(0, replace(elements.get(0), steps, at + 1, value));
            return new LinkedHashSet<>(elements);
        } else if (current instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (first && step.mapKey()) {
                    copy.put(replace(e.getKey(), steps, at + 1, value), e.getValue());
                } else if (first) {
                    copy.put(e.getKey(), replace(e.getValue(), steps, at + 1, value));
                } else {
                    copy.put(e.getKey(), e.getValue());
                }
                first = false;
            }
            return copy;
        }
        throw new IllegalStateException("no step " + step.name() + " into " + current);
    }

    private static Object construct(Class<?> type, Class<?>[] types, Object[] args) throws InvocationTargetException {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot rebuild " + type.getName(), e);
        }
    }

    /** A component of a record, whatever the record's visibility. */
    static Object read(Record record, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static List<Step> append(List<Step> steps, Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return List.copyOf(longer);
    }
}
