package org.crmkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.crmkit.loyalty.spi.EarningRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discovers plug-ins with {@link ServiceLoader}; explicit settings win, broken providers are reported and skipped. */
final class Plugins {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {}

    /** The given rules, then the discovered ones whose names are not taken yet. */
    static List<EarningRule> earningRules(List<EarningRule> given) {
        List<EarningRule> rules = new ArrayList<>(given);
        Set<String> names = new HashSet<>();
        given.forEach(rule -> names.add(rule.name()));
        ServiceLoader<EarningRule> loader = ServiceLoader.load(EarningRule.class, Plugins.class.getClassLoader());
        for (var providers = loader.stream().iterator(); providers.hasNext(); ) {
            try {
                EarningRule rule = providers.next().get();
                if (names.add(rule.name())) {
                    rules.add(rule);
                    log.info("using earning rule {} found on the class path", rule.name());
                }
            } catch (ServiceConfigurationError e) {
                log.warn("skipping an earning rule that failed to load", e);
            }
        }
        return List.copyOf(rules);
    }
}
