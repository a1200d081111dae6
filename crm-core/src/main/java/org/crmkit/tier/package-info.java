/**
 * The tier context (会员等级, 成长值): tier ladders per programme, the qualifying metric (growth
 * value earned by the loyalty context's earning rules, rolling spend, rolling order count,
 * lifetime spend), immediate upgrades, downgrades at assessment with a retention period, manual
 * overrides, tier history and "tier on date", and the re-run of an assessment that a late fact
 * should have counted.
 *
 * <p>{@link org.crmkit.tier.TierService} is the public API; {@link org.crmkit.tier.Memberships}
 * is its port. Metrics and policies are plug-ins ({@link org.crmkit.tier.spi}); the built-ins are
 * in {@link org.crmkit.tier.QualifyingMetrics} and {@link org.crmkit.tier.TierPolicies}.
 */
@NullMarked
package org.crmkit.tier;

import org.jspecify.annotations.NullMarked;
