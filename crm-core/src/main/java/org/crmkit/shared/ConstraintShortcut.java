package org.crmkit.shared;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Proves cheaply that a command passes its Jakarta Validation constraints, so the validator runs
 * only for a command that may fail them (and then reports every violation with its own messages).
 *
 * <p>The checks are made once per record class from the validator's own metadata (annotations and
 * any XML mapping alike), and only for the built-in constraints whose meaning is plain: {@code
 * NotNull}, {@code NotBlank}, {@code NotEmpty}, {@code Size}, {@code Pattern}, {@code Min}, {@code
 * Max}, {@code Positive}, {@code PositiveOrZero}, in the default group. A class with any other
 * constraint, a class-level constraint, or a property that is not a record component always goes
 * to the validator; so does a command with a cascaded or element-constrained value that is not
 * empty. Answering "maybe not" is always safe: the validator decides.
 */
final class ConstraintShortcut {

    /** One property's checks; true means the value passes them all. */
    private record PropertyCheck(RecordParts.Part accessor, List<Predicate<Object>> checks, boolean mustBeEmptyOrNull) {}

    /** A class's checks, or none if the class must always go to the validator. */
    private record ClassChecks(List<PropertyCheck> properties) {}

    private static final ClassChecks NEVER = new ClassChecks(null);

    private final Validator validator;
    private final ClassValue<ClassChecks> checks = new ClassValue<>() {
        @Override
        protected ClassChecks computeValue(Class<?> type) {
            try {
                return type.isRecord() ? build(type) : NEVER;
            } catch (RuntimeException e) {
                return NEVER;
            }
        }
    };

    ConstraintShortcut(Validator validator) {
        this.validator = validator;
    }

    /** True only if {@code command} certainly passes its constraints; false means "ask the validator". */
    boolean provesValid(Object command) {
        ClassChecks found = checks.get(command.getClass());
        if (found.properties() == null) {
            return false;
        }
        List<PropertyCheck> properties = found.properties();
        for (int p = 0; p < properties.size(); p++) { // indexed: an iterator per command cost more than the checks
            PropertyCheck property = properties.get(p);
            Object value;
            try {
                value = property.accessor().of(command);
            } catch (RuntimeException e) {
                return false;
            }
            if (property.mustBeEmptyOrNull() && !isEmptyOrNull(value)) {
                return false;
            }
            List<Predicate<Object>> checks = property.checks();
            for (int c = 0; c < checks.size(); c++) {
                if (!checks.get(c).test(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private ClassChecks build(Class<?> type) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return NEVER;
        }
        List<PropertyCheck> properties = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            RecordParts.Part accessor = accessor(type, property.getPropertyName());
            if (accessor == null) {
                return NEVER;
            }
            List<Predicate<Object>> list = new ArrayList<>();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                Predicate<Object> check = check(constraint);
                if (check == null) {
                    return NEVER;
                }
                list.add(check);
            }
            // a cascaded value or one whose elements are constrained is left to the validator unless empty
            boolean deep = property.isCascaded() || !property.getConstrainedContainerElementTypes().isEmpty();
            properties.add(new PropertyCheck(accessor, List.copyOf(list), deep));
        }
        return new ClassChecks(List.copyOf(properties));
    }

    private static RecordParts.Part accessor(Class<?> type, String name) {
        List<RecordParts.Part> parts = RecordParts.of(type);
        return parts == null ? null : parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The plain meaning of a built-in constraint, or null for anything else. */
    private static Predicate<Object> check(ConstraintDescriptor<?> constraint) {
        if (!constraint.getComposingConstraints().isEmpty() || !Set.of(Default.class).equals(constraint.getGroups())) {
            return null;
        }
        Map<String, Object> attributes = constraint.getAttributes();
        Class<?> kind = constraint.getAnnotation().annotationType();
        if (kind == NotNull.class) {
            return v -> v != null;
        } else if (kind == NotBlank.class) {
            // both readings of "blank" (trimmed empty, Unicode white space) must say it is not
            return v -> v instanceof CharSequence s && !s.toString().isBlank() && !s.toString().trim().isEmpty();
        } else if (kind == NotEmpty.class) {
            return v -> v != null && size(v) > 0;
        } else if (kind == Size.class) {
            int min = (Integer) attributes.get("min");
            int max = (Integer) attributes.get("max");
            return v -> {
                if (v == null) {
                    return true;
                }
                long size = size(v);
                return size >= 0 && size >= min && size <= max;
            };
        } else if (kind == Pattern.class) {
            Pattern.Flag[] flags = (Pattern.Flag[]) attributes.get("flags");
            IntPredicate byHand = flags.length == 0 ? byHand((String) attributes.get("regexp")) : null;
            if (byHand != null) {
                return v -> v == null || v instanceof CharSequence s && allMatch(s, byHand);
            }
            java.util.regex.Pattern pattern = compile((String) attributes.get("regexp"), flags);
            // a matcher per thread, reset for each value: a new one per command cost its arrays
            ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
            return v -> v == null || v instanceof CharSequence s && matches(matchers.get(), s);
        } else if (kind == Min.class) {
            long min = (Long) attributes.get("value");
            return v -> v == null || isIntegral(v) && ((Number) v).longValue() >= min;
        } else if (kind == Max.class) {
            long max = (Long) attributes.get("value");
            return v -> v == null || isIntegral(v) && ((Number) v).longValue() <= max;
        } else if (kind == Positive.class) {
            return v -> v == null || isIntegral(v) && ((Number) v).longValue() > 0;
        } else if (kind == PositiveOrZero.class) {
            return v -> v == null || isIntegral(v) && ((Number) v).longValue() >= 0;
        }
        return null;
    }

    /**
     * crmkit's own text patterns ({@link TextRules}), each one class of characters repeated, as a
     * check of each character, or null for any other expression: a loop instead of a matcher for
     * the patterns nearly every command's keys and texts carry. Exactly what the expression
     * matches: the classes hold no character of a surrogate pair, nor any supplementary code point,
     * so a pair is judged alike either way.
     */
    static @Nullable IntPredicate byHand(String regexp) {
        return switch (regexp) {
            case TextRules.PRINTABLE_ASCII -> Texts::isPrintableAsciiChar;
            case TextRules.SINGLE_LINE -> c -> c > 0x1F && c != 0x7F; // \p{Cntrl} is [\x00-\x1F\x7F]
            case TextRules.FREE_TEXT -> c -> c == '\t' || c == '\n' || c == '\r' || c > 0x1F && c != 0x7F;
            default -> null;
        };
    }

    /** Whether every character of {@code text} passes {@code check}. */
    static boolean allMatch(CharSequence text, IntPredicate check) {
        for (int i = 0; i < text.length(); i++) {
            if (!check.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static java.util.regex.Pattern compile(String regexp, Pattern.Flag[] flags) {
        int bits = 0;
        for (Pattern.Flag flag : flags) {
            bits |= flag.getValue();
        }
        return java.util.regex.Pattern.compile(regexp, bits);
    }

    /** A string's length or a collection's or map's size; -1 for anything else, which no check passes. */
    private static long size(Object v) {
        if (v instanceof CharSequence s) {
            return s.length();
        } else if (v instanceof Collection<?> c) {
            return c.size();
        } else if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        return -1;
    }

    /** Whether {@code v} is of a whole-number type, whose {@code longValue()} is exact; others are left to the validator. */
    private static boolean isIntegral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    /** Whether the whole of {@code text} matches; the thread's matcher lets go of the text after. */
    private static boolean matches(Matcher matcher, CharSequence text) {
        boolean matches = matcher.reset(text).matches();
        matcher.reset("");
        return matches;
    }

    private static boolean isEmptyOrNull(Object value) {
        return value == null
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()
                || value instanceof Optional<?> o && o.isEmpty();
    }
}
