package org.crmkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.customer.spi.LifecyclePolicies;
import org.crmkit.customer.spi.LifecyclePolicy;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.loyalty.spi.EarningRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discovers plug-ins with {@link ServiceLoader}; explicit settings win, broken providers are reported and skipped. */
final class Plugins {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {}

    /** The given rules, then the discovered ones whose names are not taken yet. */
    static List<EarningRule> earningRules(List<EarningRule> given) {
        return discover(EarningRule.class, "earning rule", given, EarningRule::name);
    }

    /** The given routers, then the discovered ones whose names are not taken yet. */
    static List<CaseRouter> caseRouters(List<CaseRouter> given) {
        return discover(CaseRouter.class, "case router", given, CaseRouter::name);
    }

    /** The given escalation rules, then the discovered ones whose names are not taken yet. */
    static List<EscalationRule> escalationRules(List<EscalationRule> given) {
        return discover(EscalationRule.class, "escalation rule", given, EscalationRule::name);
    }

    /**
     * The lifecycle policy: the one given, else the first found on the class path, else the
     * standard one (explicit beats discovered beats built-in).
     */
    static LifecyclePolicy lifecyclePolicy(LifecyclePolicy given) {
        if (given != null) {
            return given;
        }
        for (var providers = ServiceLoader.load(LifecyclePolicy.class, Plugins.class.getClassLoader()).stream().iterator();
                providers.hasNext(); ) {
            try {
                LifecyclePolicy found = providers.next().get();
                log.info("using lifecycle policy {} found on the class path", found.getClass().getName());
                return found;
            } catch (ServiceConfigurationError e) {
                log.warn("skipping a lifecycle policy that failed to load", e);
            }
        }
        return LifecyclePolicies.standard();
    }

    private static <T> List<T> discover(Class<T> type, String what, List<T> given, Function<T, String> nameOf) {
        List<T> plugins = new ArrayList<>(given);
        Set<String> names = new HashSet<>();
        given.forEach(plugin -> names.add(nameOf.apply(plugin)));
        ServiceLoader<T> loader = ServiceLoader.load(type, Plugins.class.getClassLoader());
        for (var providers = loader.stream().iterator(); providers.hasNext(); ) {
            try {
                T plugin = providers.next().get();
                if (names.add(nameOf.apply(plugin))) {
                    plugins.add(plugin);
                    log.info("using {} {} found on the class path", what, nameOf.apply(plugin));
                }
            } catch (ServiceConfigurationError e) {
                log.warn("skipping a {} that failed to load", what, e);
            }
        }
        return List.copyOf(plugins);
    }
}
