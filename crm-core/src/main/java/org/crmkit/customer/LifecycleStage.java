package org.crmkit.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a customer is in their relationship with the merchant. Only these transitions are legal:
 *
 * <pre>
 * PROSPECT  -> QUALIFIED, ACTIVE
 * QUALIFIED -> ACTIVE
 * ACTIVE    -> LOYAL, AT_RISK
 * LOYAL     -> AT_RISK
 * AT_RISK   -> ACTIVE, LOYAL, CHURNED
 * CHURNED   -> WON_BACK
 * WON_BACK  -> ACTIVE, AT_RISK
 * </pre>
 *
 * A prospect may buy without being qualified first; an at-risk customer who buys again is active
 * (or loyal) again; a churned customer must be won back before they count as active.
 *
 * @since 0.1
 */
public enum LifecycleStage {
    /** Potential customer: known, no interest shown yet (潜在客户). */
    PROSPECT,
    /** Prospective customer: showed interest, e.g. registered or asked (预期客户). */
    QUALIFIED,
    /** Has bought. */
    ACTIVE,
    /** Buys repeatedly. */
    LOYAL,
    /** Shows signs of leaving. */
    AT_RISK,
    /** Gone. */
    CHURNED,
    /** Came back after churning. */
    WON_BACK;

    /** The stages this one may move to. */
    public Set<LifecycleStage> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(QUALIFIED, ACTIVE);
            case QUALIFIED -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(LOYAL, AT_RISK);
            case LOYAL -> EnumSet.of(AT_RISK);
            case AT_RISK -> EnumSet.of(ACTIVE, LOYAL, CHURNED);
            case CHURNED -> EnumSet.of(WON_BACK);
            case WON_BACK -> EnumSet.of(ACTIVE, AT_RISK);
        };
    }

    /** True if moving from this stage to {@code target} is legal. */
    public boolean canMoveTo(LifecycleStage target) {
        return next().contains(target);
    }
}
