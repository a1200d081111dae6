package org.crmkit.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** The checks {@link TierService} makes of commands and ladders before it writes anything. */
final class TierChecks {

    private TierChecks() {}

    static void checkCurrency(Object command, String field, Money money, TierLadder ladder) {
        if (!money.currency().equals(ladder.growthEarning().currency())) {
            ValidationException.throwIfAny(command, List.of(Violation.of(field, money, "must be in the currency of the ladder's growth earning policy, "
                    + ladder.growthEarning().currency())));
        }
    }

    static long units(Money money) {
        return money.amount().setScale(0, RoundingMode.DOWN).longValueExact();
    }

    static Instant checkTime(Object command, String field, Instant value, Instant now) {
        if (value == null) {
            return now;
        }
        if (value.isAfter(now)) {
            ValidationException.throwIfAny(command, List.of(Violation.of(field, value, "must not be after the current time " + now)));
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    static void checkMoney(Object command, String field, Money money, boolean positive) {
        List<Violation> violations = new ArrayList<>();
        Limits.checkAmount(field, money, positive, violations);
        ValidationException.throwIfAny(command, violations);
    }


}
