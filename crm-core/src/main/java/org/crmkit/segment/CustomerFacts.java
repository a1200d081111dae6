package org.crmkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import org.crmkit.customer.Customer;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.scoring.CustomerValue;

/**
 * What a {@link org.crmkit.segment.spi.Criterion} may look at: the profile, the purchase totals,
 * the latest value scores and the tier, as of a day.
 *
 * @param purchases empty if the customer has not bought
 * @param value empty if the customer has not been scored
 * @param tierCode the customer's tier code in the segment's programme, empty if none
 * @param today the day criteria are evaluated on, in {@code zone}
 * @param zone the tenant's zone, in which purchase instants become days
 * @since 0.1
 */
public record CustomerFacts(
        Customer customer, Optional<PurchaseSummary> purchases, Optional<CustomerValue> value, Optional<String> tierCode, LocalDate today,
        ZoneId zone) {

    /** Checks and normalises the components as the record's description says. */
    public CustomerFacts {
        checkNotNull(customer, "customer");
        checkNotNull(purchases, "purchases");
        checkNotNull(value, "value");
        checkNotNull(tierCode, "tierCode");
        checkNotNull(today, "today");
        checkNotNull(zone, "zone");
    }

    /** The customer's age in whole years today, if the birth date is known. */
    public OptionalInt age() {
        LocalDate born = customer.demographics().birthDate();
        return born == null ? OptionalInt.empty() : OptionalInt.of(Period.between(born, today).getYears());
    }

    /** The day of the last purchase in {@link #zone()}, if the customer has bought. */
    public Optional<LocalDate> lastPurchaseDay() {
        return purchases.map(p -> p.lastPurchaseAt().atZone(zone).toLocalDate());
    }
}
