package org.crmkit.shared;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A record class's components with an accessor each, looked up once per class: validation, the
 * text scan and the fingerprint read every component of every command, and asking the class (or
 * calling through reflection) each time cost a fifth of a ledger operation on the in-memory storage.
 */
final class RecordParts {

    /** A component's name, its declared type and its accessor, typed {@code (Object) Object}. */
    record Part(String name, Class<?> type, MethodHandle accessor) {

        /** The component's value in {@code record}; a primitive comes boxed. */
        Object of(Object record) {
            try {
                return accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    parts.add(new Part(component.getName(), component.getType(), MethodHandles.lookup().unreflect(accessor).asType(READ)));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a component that cannot be read: the caller sees the record as unreadable
                    return null;
                }
            }
            return List.copyOf(parts);
        }
    };

    private RecordParts() {}

    /** The components of a record class in declaration order, or null if one cannot be read. */
    static List<Part> of(Class<?> recordClass) {
        return PARTS.get(recordClass);
    }
}
