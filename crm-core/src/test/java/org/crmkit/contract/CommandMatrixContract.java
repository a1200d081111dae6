package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.crmkit.Crm;
import org.crmkit.contract.CommandFields.Field;
import org.crmkit.contract.CommandFields.Kind;
import org.crmkit.contract.MatrixCommands.CommandCase;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.CrmException;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's matrix, generated: every public command (a record a public method of a service of
 * {@link Crm} takes) × every text field in it × a hostile corpus, and every numeric field × its
 * boundary values. Each cell builds the command from a valid base with that one field replaced and
 * runs it through the public API on a fresh tenant of the store. A cell must end one of three
 * ways: the record's own constructor refuses the value (no caller can build it); the API refuses it
 * with a domain exception and nothing readable changed and no event was published; or the API
 * accepts it and, where the read API shows the field, reads it back exactly. The store's table of
 * outcomes must equal the in-memory reference's, cell by cell.
 */
public abstract class CommandMatrixContract {

    /** Nothing, empty, blank, a control character, NUL, an unpaired surrogate, right-to-left marks, emoji, SQL and LIKE metacharacters, 100,000 characters. */
    static final List<String> HOSTILE_TEXT = Arrays.asList(null, "", "   ", "bell\u0007", "nul\u0000", "lone\uD800", "\u202Eabc\u202C",
            "😀👍🏽", "'; DROP TABLE crm_customer; -- 100% _x_", "x".repeat(100_000));

    private static final List<Long> LONGS = List.of(0L, -1L, 1L, Limits.MAX_POINTS, Limits.MAX_POINTS + 1, Long.MAX_VALUE);
    private static final List<Integer> INTS = List.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE);
    private static final List<BigDecimal> DECIMALS = List.of(BigDecimal.ZERO, BigDecimal.ONE.negate(), BigDecimal.ONE,
            new BigDecimal("1.0000000001"), new BigDecimal("-0.00"), new BigDecimal("1E+20"), Limits.MAX_AMOUNT,
            Limits.MAX_AMOUNT.add(new BigDecimal("0.01")), BigDecimal.valueOf(Long.MAX_VALUE));
    private static final List<Double> DOUBLES = List.of(0.0, -1.0, 1.0, Double.NaN, Double.POSITIVE_INFINITY);

    private static final Instant NOW = Instant.parse("2025-05-10T02:00:00Z");
    private static final Map<Set<Kind>, Map<String, String>> REFERENCE = new ConcurrentHashMap<>();

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @Test
    void the_matrix_has_a_valid_base_for_exactly_the_public_commands() {
        // when
        Set<String> discovered = publicCommands();

        // then
        assertThat(new TreeSet<>(MatrixCommands.all().keySet())).isEqualTo(discovered);
        assertThat(discovered).hasSizeGreaterThan(40);
    }

    @Test
    void every_hostile_text_in_every_command_is_refused_without_a_trace_or_read_back_exactly_alike_on_every_store() {
        // when
        Map<String, String> reference = reference(EnumSet.of(Kind.TEXT));
        Map<String, String> tested = outcomes(tested(), EnumSet.of(Kind.TEXT));

        // then
        assertSound(reference, tested);
        assertThat(count(tested, "accepted")).as("text cells accepted").isGreaterThan(300);
        assertThat(count(tested, "refused")).as("text cells refused by the API").isGreaterThan(300);
    }

    @Test
    void every_boundary_number_in_every_command_is_refused_without_a_trace_or_read_back_exactly_alike_on_every_store() {
        // when
        Map<String, String> reference = reference(EnumSet.of(Kind.LONG, Kind.INT, Kind.DECIMAL, Kind.DOUBLE));
        Map<String, String> tested = outcomes(tested(), EnumSet.of(Kind.LONG, Kind.INT, Kind.DECIMAL, Kind.DOUBLE));

        // then
        assertSound(reference, tested);
        assertThat(count(tested, "accepted")).as("numeric cells accepted").isGreaterThan(50);
        assertThat(count(tested, "refused")).as("numeric cells refused by the API").isGreaterThan(50);
    }

    private static void assertSound(Map<String, String> reference, Map<String, String> tested) {
        List<String> broken = tested.entrySet().stream().filter(e -> e.getValue().startsWith("BROKEN"))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        List<String> disagreements = new ArrayList<>();
        reference.forEach((cell, expected) -> {
            String actual = tested.get(cell);
            if (!expected.equals(actual)) {
                disagreements.add(cell + ": reference " + expected + ", store " + actual);
            }
        });
        assertThat(broken).as("cells that threw a raw exception, wrote while refusing, or read back otherwise").isEmpty();
        assertThat(disagreements).as("cells where the store disagrees with the in-memory reference").isEmpty();
        assertThat(tested.keySet()).isEqualTo(reference.keySet());
    }

    /** The in-memory reference's outcomes, computed once per JVM for every store that runs in it. */
    private static Map<String, String> reference(Set<Kind> kinds) {
        return REFERENCE.computeIfAbsent(kinds, k -> outcomes(Crm.builder().storage(new InMemoryStorage()).clock(MutableClock.at(NOW)).build(), k));
    }

    private Crm tested() {
        return Crm.builder().storage(storage()).clock(MutableClock.at(NOW)).build();
    }

    /** The outcome of every cell of the kinds, by cell. */
    private static Map<String, String> outcomes(Crm crm, Set<Kind> kinds) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        MatrixCommands.all().forEach((method, command) -> new Row(crm, command).run(method, kinds, outcomes));
        return outcomes;
    }

    /** The cells of one command, sharing a scene until a cell writes something. */
    private static final class Row {
        private final Crm crm;
        private final CommandCase command;
        private MatrixScene scene;
        private Record base;
        private Map<String, Object> before;

        Row(Crm crm, CommandCase command) {
            this.crm = crm;
            this.command = command;
        }

        void run(String method, Set<Kind> kinds, Map<String, String> outcomes) {
            fresh();
            for (Field field : CommandFields.of(base)) {
                if (kinds.contains(field.kind())) {
                    for (Object value : valuesOf(field.kind())) {
                        outcomes.put(method + " " + field + " = " + describe(value), cell(field, value));
                    }
                }
            }
        }

        private void fresh() {
            scene = new MatrixScene(crm);
            base = command.base().apply(scene);
            before = MatrixSnapshot.of(crm, scene);
            Outboxes.drainAll(crm.outbox());
        }

        private String cell(Field field, Object value) {
            if (scene == null) {
                fresh();
            }
            Object changed;
            try {
                changed = CommandFields.replace(base, field, value);
            } catch (CommandFields.Unbuildable e) {
                return "unbuildable: " + e.getCause().getClass().getSimpleName();
            }
            try {
                command.invoke().run(crm, scene, changed);
            } catch (CrmException e) {
                return refused(e);
            } catch (RuntimeException e) {
                scene = null;
                return "BROKEN: raw " + e;
            }
            Map<String, Object> after = MatrixSnapshot.of(crm, scene);
            Outboxes.drainAll(crm.outbox());
            scene = null;
            return "accepted" + readBack(after, value);
        }

        private String refused(CrmException e) {
            Map<String, Object> after = MatrixSnapshot.of(crm, scene);
            List<DomainEvent> events = Outboxes.drainEventsOf(crm.outbox(), scene.tenant());
            if (!after.equals(before) || !events.isEmpty()) {
                scene = null;
                return "BROKEN: refused with " + e.getClass().getSimpleName() + " but wrote " + (events.isEmpty() ? "" : events.size()
                        + " events and ") + (after.equals(before) ? "nothing readable" : "readable state");
            }
            String fields = e instanceof ValidationException v
                    ? v.violations().stream().map(Violation::field).distinct().sorted().collect(Collectors.joining(",", "[", "]")) : "";
            return "refused: " + e.getClass().getSimpleName() + fields;
        }

        private static String readBack(Map<String, Object> after, Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                return "";
            }
            Set<String> leaves = MatrixSnapshot.leaves(after);
            String wanted = value instanceof String text ? text : MatrixSnapshot.canonical(value);
            return leaves.contains(wanted) ? ", read back" : ", not shown by the read API";
        }
    }

    private static List<?> valuesOf(Kind kind) {
        return switch (kind) {
            case TEXT -> HOSTILE_TEXT;
            case LONG -> LONGS;
            case INT -> INTS;
            case DECIMAL -> DECIMALS;
            case DOUBLE -> DOUBLES;
        };
    }

    private static long count(Map<String, String> outcomes, String prefix) {
        return outcomes.values().stream().filter(o -> o.startsWith(prefix)).count();
    }

    /**
     * Every public method of every service {@link Crm} hands out that takes a command: a record of
     * a context (the shared kernel's ids and money are parts of commands, not commands), as {@code
     * Service.method(ParameterTypes)}.
     */
    static Set<String> publicCommands() {
        Set<String> commands = new TreeSet<>();
        for (Method getter : Crm.class.getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getReturnType().getName().startsWith("org.crmkit.")) {
                continue;
            }
            for (Method method : getter.getReturnType().getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || !method.getDeclaringClass().getName().startsWith("org.crmkit.")) {
                    continue;
                }
                List<Class<?>> parameters = List.of(method.getParameterTypes());
                if (parameters.stream().anyMatch(p -> p.isRecord() && p.getName().startsWith("org.crmkit.")
                        && !p.getPackageName().equals("org.crmkit.shared"))) {
                    commands.add(getter.getReturnType().getSimpleName() + "." + method.getName() + "("
                            + parameters.stream().map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return commands;
    }

    static String describe(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        String shown = text.length() > 20 ? text.substring(0, 20) + "... (" + text.length() + " chars)" : text;
        StringBuilder escaped = new StringBuilder("\"");
        shown.chars().forEach(ch -> escaped.append(ch < 0x20 || ch > 0x7E ? String.format("\\u%04X", ch) : String.valueOf((char) ch)));
        return escaped.append('"').toString();
    }
}
