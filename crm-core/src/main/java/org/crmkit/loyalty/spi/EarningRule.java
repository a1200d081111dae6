package org.crmkit.loyalty.spi;

import org.crmkit.earning.Contribution;

/**
 * SPI: a plug-in rule that adds to (or takes from) the regular points of a purchase. Rules run in
 * registration order after the built-in base, category and tier rules and before the caps; each
 * sees the running total and returns a {@link Contribution} that explains itself.
 *
 * <p>Register with {@code META-INF/services/org.crmkit.loyalty.spi.EarningRule} or {@code
 * Crm.builder().earningRule(...)}. Implementations must be thread-safe and side-effect free.
 *
 * @since 0.1
 */
public interface EarningRule {

    /** A stable name, shown in explanations. */
    String name();

    /**
     * Evaluates the rule for one purchase.
     *
     * @return the change to the running total; {@link Contribution#none(String)} when the rule does not apply
     */
    Contribution apply(EarningContext context);
}
