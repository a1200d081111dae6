package org.crmkit.value;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.crmkit.value.scoring.ChurnTrend;

/** Churn rates by group from one pass over the purchase history, customer by customer. */
final class ChurnAnalysis {

    /** The tag prefix that names a customer's type, e.g. {@code type:business}. */
    static final String TYPE_TAG = "type:";

    /** The tag prefix that records why a customer left, e.g. {@code churn-reason:price}. */
    static final String REASON_TAG = "churn-reason:";

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
            overall[0]++;
            if (!w.activeDuring) {
                overall[1]++;
            }
            if (dimension == ChurnDimension.CATEGORY) {
                for (String category : w.categoriesBefore) {
                    long[] counts = groups.computeIfAbsent(category, k -> new long[2]);
                    counts[0]++;
                    counts[1] += w.categoriesDuring.contains(category) ? 0 : 1;
                }
                return;
            }
            long[] counts = groups.computeIfAbsent(keyOf(tenantId, w, dimension, lookBack, from), k -> new long[2]);
            counts[0]++;
            if (!w.activeDuring) {
                counts[1]++;
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
            boolean before = !day.isBefore(lookBack) && day.isBefore(from);
            boolean during = !day.isBefore(from) && day.isBefore(until);
            walker.activeBefore |= before;
            walker.activeDuring |= during;
            if (dimension == ChurnDimension.CATEGORY && (before || during)) {
                Set<String> into = before ? walker.categoriesBefore : walker.categoriesDuring;
                p.items().forEach(item -> into.add(item.category() == null ? "uncategorised" : item.category()));
            }
        });
        close.accept(walker);
        List<ChurnReport.Row> rows = new ArrayList<>();
        groups.forEach((key, counts) -> rows.add(new ChurnReport.Row(key, counts[0], counts[1])));
        return new ChurnReport(from, until, dimension, rows, new ChurnReport.Row("all", overall[0], overall[1]));
    }

    /**
     * The churn of each month from {@code first} to {@code last} over a window of {@code window}
     * months ending with it, from one pass over the purchase history (sorted by customer).
     */
    ChurnTrend trend(YearMonth first, YearMonth last, int window, ZoneId zone, ToLongFunction<Consumer<Purchase>> stream) {
        YearMonth base = first.minusMonths(2L * window - 1);
        int months = (int) base.until(last, ChronoUnit.MONTHS) + 1;
        int points = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        long[] active = new long[points];
        long[] churned = new long[points];
        BitSet bought = new BitSet(months);
        CustomerId[] current = new CustomerId[1];
        Runnable close = () -> {
            if (current[0] == null) {
                return;
            }
            for (int k = 0; k < points; k++) {
                int end = k + 2 * window - 1;              // the trend month's index from base
                int lookBackFrom = end - 2 * window + 1;
                int periodFrom = end - window + 1;
                int next = bought.nextSetBit(lookBackFrom);
                if (next >= 0 && next < periodFrom) {
                    active[k]++;
                    int during = bought.nextSetBit(periodFrom);
                    if (during < 0 || during > end) {
                        churned[k]++;
                    }
                }
            }
            bought.clear();
        };
        stream.applyAsLong(p -> {
            if (!p.customerId().equals(current[0])) {
                close.run();
                current[0] = p.customerId();
            }
            if (p.fullyRefunded()) {
                return;
            }
            YearMonth month = YearMonth.from(LocalDate.ofInstant(p.purchasedAt(), zone));
            long index = base.until(month, ChronoUnit.MONTHS);
            if (index >= 0 && index < months) {
                bought.set((int) index);
            }
        });
        close.run();
        List<ChurnTrend.Point> list = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            YearMonth month = first.plusMonths(k);
            LocalDate until = month.plusMonths(1).atDay(1);
            list.add(new ChurnTrend.Point(month, until.minusMonths(window), until, active[k], churned[k]));
        }
        return new ChurnTrend(window, list);
    }

    private String keyOf(TenantId tenantId, Walker w, ChurnDimension dimension, LocalDate lookBack, LocalDate from) {
        return switch (dimension) {
            case NONE -> "all";
            case COHORT -> w.first.getYear() + "-Q" + ((w.first.getMonthValue() - 1) / 3 + 1);
            case NEW_VS_RETURNING -> w.first.isBefore(lookBack) ? "returning" : "new";
            case AGE_BAND -> profile(tenantId, w.customer).map(c -> ageBand(c, from)).orElse("unknown");
            case GENDER -> profile(tenantId, w.customer).map(c -> c.demographics().gender()).map(Enum::name).orElse("unknown");
            case CHANNEL -> profile(tenantId, w.customer).map(c -> c.sourceChannel().name()).orElse("unknown");
            case REGION -> profile(tenantId, w.customer).map(c -> c.demographics().region()).orElse("unknown");
            case CUSTOMER_TYPE -> profile(tenantId, w.customer).flatMap(c -> tagged(c, TYPE_TAG)).orElse("unknown");
            case CHURN_REASON -> profile(tenantId, w.customer).flatMap(c -> tagged(c, REASON_TAG)).orElse("none recorded");
            case CATEGORY -> throw new IllegalStateException("a category is counted per purchase, not per customer");
        };
    }

    private Optional<Customer> profile(TenantId tenantId, CustomerId id) {
        return transactions.inTransaction(() -> customers.find(tenantId, id));
    }

    /** The part after {@code prefix} of the customer's first tag in sort order that starts with it. */
    static Optional<String> tagged(Customer c, String prefix) {
        return c.tags().stream().filter(t -> t.startsWith(prefix) && t.length() > prefix.length()).sorted().findFirst()
                .map(t -> t.substring(prefix.length()));
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
        final Set<String> categoriesBefore = new TreeSet<>();
        final Set<String> categoriesDuring = new HashSet<>();

        void reset(CustomerId next) {
            customer = next;
            first = null;
            activeBefore = false;
            activeDuring = false;
            categoriesBefore.clear();
            categoriesDuring.clear();
        }
    }
}
