/**
 * The tier context (会员等级, 成长值): tier ladders per programme, the qualifying metric (growth
 * value, rolling spend, rolling order count, lifetime spend), immediate upgrades, downgrades at
 * assessment with a retention period, manual overrides, tier history and "tier on date".
 *
 * <p>{@link org.crmkit.tier.TierService} is the public API; {@link org.crmkit.tier.Memberships}
 * is its port.
 */
package org.crmkit.tier;
