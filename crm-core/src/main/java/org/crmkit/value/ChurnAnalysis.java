package org.crmkit.value;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnReport;

/** Churn rates by group from one pass over the purchase history, customer by customer. */
final class ChurnAnalysis {

    private final CustomerRepository customers;
    private final TransactionRunner transactions;

    ChurnAnalysis(CustomerRepository customers, TransactionRunner transactions) {
        this.customers = customers;
        this.transactions = transactions;
    }

    ChurnReport run(TenantId tenantId, LocalDate from, LocalDate until, ChurnDimension dimension, ZoneId zone,
            ToLongFunction<Consumer<Purchase>> stream) {
        LocalDate lookBack = from.minusDays(until.toEpochDay() - from.toEpochDay());
        Map<String, long[]> groups = new TreeMap<>();
        long[] overall = new long[2];
        Walker walker = new Walker();
        Consumer<Walker> close = w -> {
            if (w.customer == null || !w.activeBefore) {
                return;
            }
            String key = keyOf(tenantId, w, dimension, lookBack, from);
            long[] counts = groups.computeIfAbsent(key, k -> new long[2]);
            counts[0]++;
            overall[0]++;
            if (!w.activeDuring) {
                counts[1]++;
                overall[1]++;
            }
        };
        stream.applyAsLong(p -> {
            if (!p.customerId().equals(walker.customer)) {
                close.accept(walker);
                walker.reset(p.customerId());
            }
            if (p.fullyRefunded()) {
                return;
            }
            LocalDate day = LocalDate.ofInstant(p.purchasedAt(), zone);
            walker.first = walker.first == null || day.isBefore(walker.first) ? day : walker.first;
            walker.activeBefore |= !day.isBefore(lookBack) && day.isBefore(from);
            walker.activeDuring |= !day.isBefore(from) && day.isBefore(until);
        });
        close.accept(walker);
        List<ChurnReport.Row> rows = new ArrayList<>();
        groups.forEach((key, counts) -> rows.add(new ChurnReport.Row(key, counts[0], counts[1])));
        return new ChurnReport(from, until, dimension, rows, new ChurnReport.Row("all", overall[0], overall[1]));
    }

    private String keyOf(TenantId tenantId, Walker w, ChurnDimension dimension, LocalDate lookBack, LocalDate from) {
        return switch (dimension) {
            case NONE -> "all";
            case COHORT -> w.first.getYear() + "-Q" + ((w.first.getMonthValue() - 1) / 3 + 1);
            case NEW_VS_RETURNING -> w.first.isBefore(lookBack) ? "returning" : "new";
            case AGE_BAND -> profile(tenantId, w.customer).map(c -> ageBand(c, from)).orElse("unknown");
            case GENDER -> profile(tenantId, w.customer).map(c -> c.demographics().gender()).map(Enum::name).orElse("unknown");
            case CHANNEL -> profile(tenantId, w.customer).map(c -> c.sourceChannel().name()).orElse("unknown");
        };
    }

    private Optional<Customer> profile(TenantId tenantId, CustomerId id) {
        return transactions.inTransaction(() -> customers.find(tenantId, id));
    }

    private static String ageBand(Customer c, LocalDate on) {
        LocalDate born = c.demographics().birthDate();
        if (born == null) {
            return "unknown";
        }
        int age = Period.between(born, on).getYears();
        return age < 18 ? "<18" : age < 25 ? "18-24" : age < 35 ? "25-34" : age < 45 ? "35-44" : age < 55 ? "45-54" : "55+";
    }

    /** The customer being walked through. */
    private static final class Walker {
        CustomerId customer;
        LocalDate first;
        boolean activeBefore;
        boolean activeDuring;

        void reset(CustomerId next) {
            customer = next;
            first = null;
            activeBefore = false;
            activeDuring = false;
        }
    }
}
