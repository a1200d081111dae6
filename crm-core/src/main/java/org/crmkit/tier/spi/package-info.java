/**
 * Tier extension points: the qualifying metric that decides a member's tier and the policy that
 * moves members along a ladder. Stable contracts. A ladder stores each as its spec ({@code kind}
 * or {@code kind:argument}); the factories that turn specs back into instances are discovered
 * with {@link java.util.ServiceLoader} and can be passed to {@code Crm.builder()}. The built-ins
 * are in {@code org.crmkit.tier.QualifyingMetrics} and {@code org.crmkit.tier.TierPolicies}.
 */
@NullMarked
package org.crmkit.tier.spi;

import org.jspecify.annotations.NullMarked;
