package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The text policy holds for every command of every service, by construction: each record a public
 * service method takes, with each of its text fields set in turn to each string of a hostile
 * corpus (NUL, unpaired surrogates), is refused by the validator with a violation naming that
 * field, whether by the text policy or by a stricter rule of the field.
 */
class EveryCommandRefusesUnstorableTextTest {

    private static final List<String> UNSTORABLE = List.of("\u0000", "a\u0000b", "\uD800", "x\uDC00y", "ends\uD83D");

    private final CommandValidator validator = CommandValidator.discover();

    @Test
    void every_text_field_of_every_command_refuses_nul_and_unpaired_surrogates_by_name() throws Exception {
        // given
        Set<Class<?>> commands = commands();
        List<String> accepted = new ArrayList<>();
        int checked = 0;

        // when
        for (Class<?> command : commands) {
            RecordComponent[] components = command.getRecordComponents();
            for (int field = 0; field < components.length; field++) {
                if (components[field].getType() != String.class) {
                    continue;
                }
                for (String hostile : UNSTORABLE) {
                    Object instance = build(command, components, field, hostile);
                    if (instance == null) {
                        continue; // its constructor refuses the value itself
                    }
                    checked++;
                    String name = components[field].getName();
                    try {
                        validator.check(instance);
                        accepted.add(command.getSimpleName() + "." + name);
                    } catch (ValidationException e) {
                        // refused by name: by the text policy, or by a stricter rule of the field (e.g. printable ASCII)
                        if (e.violations().stream().noneMatch(v -> v.field().equals(name))) {
                            accepted.add(command.getSimpleName() + "." + name + " (" + e.getMessage() + ")");
                        }
                    }
                }
            }
        }

        // then
        assertThat(commands).hasSizeGreaterThan(30);
        assertThat(checked).isGreaterThan(200);
        assertThat(accepted).isEmpty();
    }

    /** Every record that a public method of a public service takes. */
    private static Set<Class<?>> commands() throws ClassNotFoundException {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.crmkit")) {
            if (!type.getSimpleName().endsWith("Service") || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                for (JavaClass parameter : method.getRawParameterTypes()) {
                    if (parameter.isRecord() && parameter.getPackageName().startsWith("org.crmkit") && !parameter.getPackageName().equals("org.crmkit.shared")) {
                        names.add(parameter.getName());
                    }
                }
            }
        }
        Set<Class<?>> classes = new java.util.LinkedHashSet<>();
        for (String name : names) {
            classes.add(Class.forName(name));
        }
        return classes;
    }

    /** The record with {@code value} in component {@code field} and blanks elsewhere, or null if its constructor refuses it. */
    private static Object build(Class<?> command, RecordComponent[] components, int field, String value) {
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = i == field ? value : blank(types[i]);
        }
        try {
            Constructor<?> canonical = command.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object blank(Class<?> type) {
        if (type == long.class) {
            return 0L;
        } else if (type == int.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        } else if (type == double.class) {
            return 0.0;
        } else if (type == List.class) {
            return List.of();
        } else if (type == java.util.Map.class) {
            return java.util.Map.of();
        } else if (type == java.util.Set.class) {
            return java.util.Set.of();
        }
        return null;
    }
}
