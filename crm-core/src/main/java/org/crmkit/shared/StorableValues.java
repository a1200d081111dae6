package org.crmkit.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks a command (a record) and the records, collections, maps and optionals inside it, and
 * reports, by its path ({@code items[2].sku}), every string that {@link TextRules#unstorable}
 * refuses and every date or instant outside {@link Limits}. Types outside {@code org.crmkit} are
 * not entered, except the JDK's containers.
 */
final class StorableValues {

    private static final int MAX_DEPTH = 8;

    /**
     * Whether a record class is entered: crmkit's own records, but not the value types of this
     * package that every command carries and whose constructors admit nothing {@link
     * TextRules#unstorable} or {@link Limits} could refuse: the ids, 1 to 64 characters of plain or
     * printable ASCII, and {@link Money}, which holds no text, date or instant (a purchase order's
     * scan entered four of them besides the order).
     */
    private static boolean entered(Class<?> type) {
        return type.getName().startsWith("org.crmkit.")
                && type != TenantId.class && type != CustomerId.class && type != ProgrammeId.class && type != Money.class;
    }

    /** Boxed primitives: final classes that are neither text, a time nor a container. */
    private static final Set<Class<?>> BOXES = Set.of(Boolean.class, Character.class, Byte.class, Short.class, Integer.class,
            Long.class, Float.class, Double.class);

    /**
     * Per record class, what a scan does with a record of it, decided once: whether the record is a
     * collection or map (scanned as one, like any other), and which components it enters. A component
     * whose declared type can hold nothing the scan looks at is not read at all: a primitive (read
     * boxed before), a boxed primitive, or a record or enum that is not a collection or map and not
     * entered (the ids and {@link Money} of every command). Each of those was read and taken through
     * the interface checks below, which on JDK 17 scan a class's interfaces whenever one fails: the
     * text scan was three quarters of checking a purchase order and a redemption (issue 12).
     */
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            if (isContainer(type)) {
                return Plan.CONTAINER;
            }
            List<RecordParts.Part> parts = entered(type) ? RecordParts.of(type) : List.of();
            return new Plan(false, parts == null ? List.of() : parts.stream().filter(part -> mayHoldScanned(part.type())).toList());
        }
    };

    /** See {@link #PLANS}: a container is scanned as a collection or map; otherwise {@code parts} are entered. */
    private record Plan(boolean container, List<RecordParts.Part> parts) {
        static final Plan CONTAINER = new Plan(true, List.of());
    }

    private static boolean isContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /** Whether a value declared as {@code type} may be, or hold, something the scan checks. */
    private static boolean mayHoldScanned(Class<?> type) {
        if (type.isPrimitive() || BOXES.contains(type)) {
            return false;
        }
        boolean finalLeaf = type.isRecord() || type.isEnum(); // a record is final; an enum's constants are enums too
        return !finalLeaf || isContainer(type) || type.isRecord() && entered(type);
    }

    private StorableValues() {}

    static void scan(String path, Object value, List<Violation> violations) {
        scan(Path.ROOT, path.isEmpty() ? null : path, null, value, violations, 0);
    }

    /**
     * Scans {@code value}, which sits at {@code parent}'s component {@code name} or element {@code
     * key} (neither: at {@code parent} itself). A value's path is made only for a violation or for a
     * value with parts of its own.
     */
    private static void scan(Path parent, @Nullable String name, @Nullable Object key, Object value, List<Violation> violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String || value instanceof Instant || value instanceof LocalDate) {
            Optional<String> problem = problemOf(value);
            if (problem.isPresent()) {
                violations.add(Violation.of(parent.child(name, key).field(), value, problem.get()));
            }
            return;
        }
        // a record (a class check, cheap) goes by its class's plan; anything else, and a record that is also a collection or
        // map, through the interface checks below
        Plan plan = value instanceof Record ? PLANS.get(value.getClass()) : Plan.CONTAINER;
        if (!plan.container()) {
            if (plan.parts().isEmpty()) {
                return;
            }
            Path path = parent.child(name, key);
            for (int i = 0; i < plan.parts().size(); i++) {
                RecordParts.Part part = plan.parts().get(i);
                Object component;
                try {
                    component = part.of(value);
                } catch (RuntimeException e) {
                    continue; // a component that cannot be read is not text this command carries to the store
                }
                scan(path, part.name(), null, component, violations, depth + 1);
            }
        } else if (value instanceof List<?> items && items instanceof RandomAccess) {
            Path path = parent.child(name, key);
            for (int i = 0; i < items.size(); i++) {
                scan(path, null, i, items.get(i), violations, depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            Path path = parent.child(name, key);
            int i = 0;
            for (Object item : items) {
                scan(path, null, i++, item, violations, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            Path path = parent.child(name, key);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Path entry = new Path(path, null, e.getKey());
                scan(entry, null, null, e.getKey(), violations, depth + 1);
                scan(entry, null, null, e.getValue(), violations, depth + 1);
            }
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                scan(parent, name, key, optional.get(), violations, depth + 1);
            }
        }
    }

    /** What is wrong with a text, an instant or a date, if anything. */
    private static Optional<String> problemOf(Object leaf) {
        if (leaf instanceof String text) {
            return TextRules.unstorable(text);
        }
        return leaf instanceof Instant instant ? Limits.outOfRange(instant) : Limits.outOfRange((LocalDate) leaf);
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

        /** The path of this one's component {@code name} or element {@code key}; this one if neither is given. */
        Path child(@Nullable String name, @Nullable Object key) {
            return name == null && key == null ? this : new Path(this, name, key);
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
