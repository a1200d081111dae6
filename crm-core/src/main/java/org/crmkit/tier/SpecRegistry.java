package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored specs ({@code kind} or {@code kind:argument}) back into plug-in instances: the
 * built-in factories, then those {@link ServiceLoader} finds with this library's class loader, then
 * the ones given explicitly, each later one winning for its kind. A provider that fails to load is
 * logged and skipped.
 *
 * @param <T> what the factories make
 */
final class SpecRegistry<T> {

    private static final Logger log = LoggerFactory.getLogger(SpecRegistry.class);

    private final String what;
    private final Class<?> factoryType;
    private final Map<String, Function<String, T>> makers;

    private SpecRegistry(String what, Class<?> factoryType, Map<String, Function<String, T>> makers) {
        this.what = what;
        this.factoryType = factoryType;
        this.makers = Map.copyOf(makers);
    }

    /**
     * @param builtIns the built-in kinds, each with what makes an instance from a spec's argument
     * @param explicit factories given explicitly, which win over discovered ones of the same kind
     */
    static <F, T> SpecRegistry<T> of(String what, Class<F> factoryType, Function<F, String> kind, BiFunction<F, String, T> create,
            Map<String, Function<String, T>> builtIns, List<F> explicit) {
        Map<String, Function<String, T>> makers = new LinkedHashMap<>(builtIns);
        ServiceLoader<F> loader = ServiceLoader.load(factoryType, SpecRegistry.class.getClassLoader());
        for (var providers = loader.stream().iterator(); providers.hasNext(); ) {
            try {
                F found = providers.next().get();
                String k = checkKind(kind.apply(found), found);
                makers.put(k, arg -> create.apply(found, arg));
                log.debug("using {} factory {} for kind {}, found on the class path", what, found.getClass().getName(), k);
            } catch (ServiceConfigurationError | IllegalArgumentException e) {
                log.warn("skipping a {} factory that failed to load", what, e);
            }
        }
        explicit.forEach(f -> makers.put(checkKind(kind.apply(f), f), arg -> create.apply(f, arg)));
        return new SpecRegistry<>(what, factoryType, makers);
    }

    /**
     * The instance {@code spec} describes.
     *
     * @throws IllegalArgumentException naming the kinds known if no factory makes the spec's kind,
     *     or the factory's own message if it refuses the argument
     */
    T parse(String spec) {
        checkArgument(spec != null, "a %s spec must not be null", what);
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        String argument = colon < 0 ? "" : spec.substring(colon + 1);
        Function<String, T> maker = makers.get(kind);
        if (maker == null) {
            throw new IllegalArgumentException("no " + what + " of kind '" + kind + "' (spec '" + spec + "'); known kinds: " + kinds()
                    + ". Register a " + factoryType.getSimpleName() + " for '" + kind + "' with Crm.builder() or in META-INF/services/"
                    + factoryType.getName());
        }
        T made = maker.apply(argument);
        checkArgument(made != null, "the %s factory for kind '%s' returned null for '%s'", what, kind, argument);
        return made;
    }

    /** The kinds this registry knows, sorted. */
    Set<String> kinds() {
        return new TreeSet<>(makers.keySet());
    }

    private static String checkKind(String kind, Object factory) {
        checkArgument(kind != null && kind.matches("[a-z0-9._-]{1,64}"), "the kind of %s must be 1 to 64 of [a-z0-9._-] but was '%s'",
                factory.getClass().getName(), kind);
        return kind;
    }
}
