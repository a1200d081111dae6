package org.crmkit.tier;

import java.time.Period;
import java.util.List;
import org.crmkit.shared.PluginKinds;
import org.crmkit.tier.spi.TierPolicy;
import org.crmkit.tier.spi.TierPolicyFactory;

/**
 * The built-in tier policy, and the registry that turns stored specs back into policies.
 *
 * <ul>
 *   <li>{@link #standard} — {@code standard:<schedule>,<retention>,<one-tier|any-tiers>}, e.g. {@code
 *       standard:monthly,P12M,one-tier}: upgrade as soon as the metric reaches a higher threshold;
 *       downgrade only on assessment days ({@link AssessmentSchedule}, in the ladder's zone, as of
 *       midnight), not before the retention period since the last upgrade has passed, and by one
 *       tier at most if so configured; an assessment also lifts members whose metric reaches a
 *       higher threshold
 * </ul>
 *
 * @since 0.1
 */
public final class TierPolicies {

    private final PluginKinds<TierPolicyFactory, TierPolicy> registry;

    private TierPolicies(PluginKinds<TierPolicyFactory, TierPolicy> registry) {
        this.registry = registry;
    }

    /**
     * The built-in policy.
     *
     * @param schedule when downgrades are assessed
     * @param retention how long a member keeps a tier after moving up into it (e.g. 12 months), not negative
     * @param dropAtMostOneTier whether an assessment lowers a member by one tier at most
     */
    public static TierPolicy standard(AssessmentSchedule schedule, Period retention, boolean dropAtMostOneTier) {
        return new StandardTierPolicy(schedule, retention, dropAtMostOneTier);
    }

    /** JD's policy: assessed monthly, 12 months' retention, one tier at a time. */
    public static TierPolicy jd() {
        return standard(AssessmentSchedule.MONTHLY, Period.ofMonths(12), true);
    }

    /**
     * A registry of {@code extra}, the factories {@link java.util.ServiceLoader} finds and the
     * built-in kind, by one rule: explicit beats discovered beats built-in ({@link PluginKinds}). A
     * factory that fails to load is logged and skipped.
     */
    public static TierPolicies registry(List<TierPolicyFactory> extra) {
        return new TierPolicies(PluginKinds.of("tier policy", TierPolicyFactory.class, TierPolicyFactory::kind, TierPolicyFactory::create,
                extra, List.of(new BuiltIn())));
    }

    /**
     * Recreates a policy from its {@link TierPolicy#spec()}.
     *
     * @throws IllegalArgumentException if no factory knows the kind (the message lists the known
     *     ones) or the argument is invalid
     */
    public TierPolicy parse(String spec) {
        return registry.parse(spec);
    }

    /** The factory of the built-in kind. */
    private record BuiltIn() implements TierPolicyFactory {
        @Override
        public String kind() {
            return StandardTierPolicy.KIND;
        }

        @Override
        public TierPolicy create(String argument) {
            return StandardTierPolicy.parse(argument);
        }
    }
}
