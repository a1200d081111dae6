package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way crmkit assembles plug-ins of every SPI type, with one precedence rule: <b>explicit
 * beats discovered beats built-in</b>. Explicit plug-ins are those given to {@code Crm.builder()};
 * discovered ones are found by {@link ServiceLoader} (a {@code META-INF/services} file naming the
 * class) with this library's class loader; built-in ones ship with crmkit. Where plug-ins carry a
 * name or kind, a later one whose name is taken is skipped, so an application replaces a built-in by
 * registering a plug-in of the same name. A discovered provider that fails to load is logged and
 * skipped: a broken jar on the class path does not stop the application.
 *
 * <p>{@code Crm.builder()} calls this for you; it is public for storage adapters and integrations
 * (a Spring starter, say) that assemble plug-ins the same way.
 *
 * @since 0.2
 */
public final class Plugins {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {}

    /**
     * Every plug-in of {@code type} in precedence order: the explicit ones in the order given, then
     * the discovered ones, then the built-in ones, each skipped if an earlier one has its name.
     *
     * @param what a short name of the type for logs, e.g. {@code "earning rule"}
     * @param nameOf a plug-in's name or kind, unique per type
     * @return an immutable list
     */
    public static <T> List<T> all(Class<T> type, String what, Function<? super T, String> nameOf, List<? extends T> explicit,
            List<? extends T> builtIns) {
        checkNotNull(type, "type");
        checkNotNull(nameOf, "nameOf");
        List<T> plugins = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (T plugin : explicit) {
            if (names.add(nameOf.apply(plugin))) {
                plugins.add(plugin);
            }
        }
        for (T plugin : discovered(type, what)) {
            if (names.add(nameOf.apply(plugin))) {
                plugins.add(plugin);
                log.info("using {} {} found on the class path", what, nameOf.apply(plugin));
            }
        }
        for (T plugin : builtIns) {
            if (names.add(nameOf.apply(plugin))) {
                plugins.add(plugin);
            }
        }
        return List.copyOf(plugins);
    }

    /**
     * The single plug-in of {@code type}: the explicit one if given, else the first discovered, else
     * the built-in one.
     *
     * @param explicit the one given to the builder, or null
     */
    public static <T> T one(Class<T> type, String what, @Nullable T explicit, T builtIn) {
        checkNotNull(builtIn, "builtIn");
        if (explicit != null) {
            return explicit;
        }
        for (T found : discovered(type, what)) {
            log.info("using {} {} found on the class path", what, found.getClass().getName());
            return found;
        }
        return builtIn;
    }

    private static <T> List<T> discovered(Class<T> type, String what) {
        List<T> found = new ArrayList<>();
        for (var providers = ServiceLoader.load(type, Plugins.class.getClassLoader()).stream().iterator(); providers.hasNext(); ) {
            try {
                found.add(providers.next().get());
            } catch (ServiceConfigurationError e) {
                log.warn("skipping a {} that failed to load", what, e);
            }
        }
        return found;
    }
}
