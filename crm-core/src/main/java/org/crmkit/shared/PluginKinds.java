package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored specs ({@code kind} or {@code kind:argument}) back into plug-in instances through
 * factories, one factory per kind, chosen by the {@link Plugins} rule: explicit beats discovered
 * beats built-in. Tier ladders store their metric and policy this way, loyalty programmes their
 * expiry policy. Immutable and thread-safe.
 *
 * @param <F> the factory type, e.g. {@code TierPolicyFactory}
 * @param <T> what the factories make
 * @since 0.2
 */
public final class PluginKinds<F, T> {

    private static final Logger log = LoggerFactory.getLogger(PluginKinds.class);

    private final String what;
    private final Class<F> factoryType;
    private final Map<String, F> factories;
    private final BiFunction<F, String, T> create;

    private PluginKinds(String what, Class<F> factoryType, Map<String, F> factories, BiFunction<F, String, T> create) {
        this.what = what;
        this.factoryType = factoryType;
        this.factories = factories;
        this.create = create;
    }

    /**
     * The factories for every kind: the explicit ones, the discovered ones and the built-in ones,
     * by {@link Plugins#all}.
     *
     * @param what a short name of what the factories make, for messages, e.g. {@code "tier policy"}
     * @param kindOf a factory's kind: 1 to 64 of {@code [a-z0-9._-]}
     * @param create what makes an instance from a factory and a spec's argument
     * @throws IllegalArgumentException if an explicit or built-in factory's kind is malformed (a
     *     discovered one with a malformed kind is logged and skipped)
     */
    public static <F, T> PluginKinds<F, T> of(String what, Class<F> factoryType, Function<? super F, String> kindOf,
            BiFunction<F, String, T> create, List<? extends F> explicit, List<? extends F> builtIns) {
        explicit.forEach(f -> checkKind(kindOf.apply(f), f));
        builtIns.forEach(f -> checkKind(kindOf.apply(f), f));
        Map<String, F> factories = new LinkedHashMap<>();
        for (F factory : Plugins.all(factoryType, what + " factory", kindOf, explicit, builtIns)) {
            String kind = kindOf.apply(factory);
            if (isKind(kind)) {
                factories.put(kind, factory);
            } else { // only a discovered one can get here
                log.warn("skipping {} factory {}: its kind must be 1 to 64 of [a-z0-9._-] but was '{}'", what,
                        factory.getClass().getName(), kind);
            }
        }
        return new PluginKinds<>(what, checkNotNull(factoryType, "factoryType"), Map.copyOf(factories), create);
    }

    /**
     * The instance {@code spec} describes.
     *
     * @throws IllegalArgumentException naming the known kinds and how to register a factory if no
     *     factory makes the spec's kind, or with the factory's own message if it refuses the argument
     */
    public T parse(String spec) {
        checkArgument(spec != null, "a %s spec must not be null", what);
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        String argument = colon < 0 ? "" : spec.substring(colon + 1);
        F factory = factories.get(kind);
        if (factory == null) {
            throw new IllegalArgumentException("no " + what + " of kind '" + kind + "' (spec '" + spec + "'); known kinds: " + kinds()
                    + ". Register a " + factoryType.getSimpleName() + " for '" + kind + "' with Crm.builder() or in META-INF/services/"
                    + factoryType.getName());
        }
        T made = create.apply(factory, argument);
        checkArgument(made != null, "the %s factory for kind '%s' returned null for '%s'", what, kind, argument);
        return made;
    }

    /**
     * Adds a violation naming {@code field} to {@code problems} if {@code parse} (a registry's
     * {@code parse}) cannot make the plug-in {@code spec} describes: the check every definition
     * makes before it stores a spec, so no instance is left unable to read it back.
     */
    public static void checkSpec(List<Violation> problems, String field, String spec, Function<String, ?> parse) {
        try {
            parse.apply(spec);
        } catch (IllegalArgumentException e) {
            problems.add(Violation.of(field, spec, "cannot be recreated from its spec: " + e.getMessage()));
        }
    }

    /** The kinds known, sorted. */
    public Set<String> kinds() {
        return new TreeSet<>(factories.keySet());
    }

    private static boolean isKind(String kind) {
        return kind != null && kind.matches("[a-z0-9._-]{1,64}");
    }

    private static void checkKind(String kind, Object factory) {
        checkArgument(isKind(kind), "the kind of %s must be 1 to 64 of [a-z0-9._-] but was '%s'", factory.getClass().getName(), kind);
    }
}
