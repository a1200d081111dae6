package org.crmkit.examples;

import java.time.LocalTime;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.spi.EarningContext;
import org.crmkit.loyalty.spi.EarningRule;

/**
 * A host's own earning rule, found through {@code META-INF/services/org.crmkit.loyalty.spi.EarningRule}:
 * orders paid between midnight and 06:00 in the programme's zone earn 20% more, in the programme
 * {@code night-owls} only. Discovered rules run for every programme of the JVM, so a rule scopes
 * itself; this one leaves every other programme alone.
 */
public final class NightOwlBonusRule implements EarningRule {

    /** The programme this rule rewards. */
    public static final String PROGRAMME = "night-owls";

    /** ServiceLoader needs a public no-argument constructor. */
    public NightOwlBonusRule() {}

    @Override
    public String name() {
        return "night-owl";
    }

    @Override
    public Contribution apply(EarningContext context) {
        if (!context.programme().id().value().equals(PROGRAMME) || context.order().paidAt() == null) {
            return Contribution.none(name());
        }
        LocalTime paid = context.order().paidAt().atZone(context.programme().zone()).toLocalTime();
        if (paid.isAfter(LocalTime.of(6, 0)) || paid.equals(LocalTime.of(6, 0))) {
            return Contribution.none(name());
        }
        long bonus = context.runningTotal() / 5;
        return new Contribution(name(), bonus, "paid at " + paid + ", before 06:00: +20%");
    }
}
