/**
 * The earning context: the rules that turn a purchase into an amount earned, shared by the loyalty
 * context (points) and the tier context (growth value). An {@link org.crmkit.earning.EarningPolicy}
 * holds the rules (a base rate, category and product multipliers, tier multipliers, caps, campaigns
 * with budgets and per-customer limits, event bonuses); an {@link
 * org.crmkit.earning.EarningCalculator} applies them and explains each {@link
 * org.crmkit.earning.Contribution}. It depends on the shared kernel only.
 */
@NullMarked
package org.crmkit.earning;

import org.jspecify.annotations.NullMarked;
