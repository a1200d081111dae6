package org.crmkit.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.TierService;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.Purchases;
import org.jspecify.annotations.Nullable;

/** One pass over the purchase history, customer by customer, adding each kept order to its rows. */
final class SalesCube {

    private static final int PAGE = 500;
    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final SalesQuery query;
    private final ZoneId zone;
    private final CustomerRepository customers;
    private final TierService tiers;
    private final Function<CustomerId, Boolean> inSegment;
    private final TransactionRunner transactions;
    private final Map<List<String>, Cell> cells = new TreeMap<>(KEY_ORDER);
    private final Cell total = new Cell();
    private long otherCurrency;

    // the customer being walked through, and what was read of them
    private @Nullable CustomerId customer;
    private @Nullable Optional<Customer> profile;
    private @Nullable Boolean member;
    private final Map<LocalDate, String> tierOnDay = new HashMap<>();

    SalesCube(SalesQuery query, ZoneId zone, CustomerRepository customers, TierService tiers, Function<CustomerId, Boolean> inSegment,
            TransactionRunner transactions) {
        this.query = query;
        this.zone = zone;
        this.customers = customers;
        this.tiers = tiers;
        this.inSegment = inSegment;
        this.transactions = transactions;
    }

    SalesReport run(Purchases purchases) {
        Page.forEach((PageRequest request) -> transactions.inTransaction(() -> purchases.all(query.tenantId(), request)), PAGE, this::add);
        List<SalesReport.Row> rows = new ArrayList<>(cells.size());
        cells.forEach((key, cell) -> rows.add(cell.row(key)));
        return new SalesReport(query, rows, total.row(List.of()), otherCurrency);
    }

    private void add(Purchase p) {
        if (!p.customerId().equals(customer)) {
            customer = p.customerId();
            profile = null;
            member = null;
            tierOnDay.clear();
        }
        LocalDate day = LocalDate.ofInstant(p.purchasedAt(), zone);
        if (p.fullyRefunded() || day.isBefore(query.from()) || !day.isBefore(query.until())) {
            return;
        }
        if (query.segment() != null && !isMember()) {
            return;
        }
        if (!p.paid().currency().equals(query.currency())) {
            otherCurrency++;
            return;
        }
        BigDecimal net = p.net().amount();
        Map<SalesDimension, String> values = new EnumMap<>(SalesDimension.class);
        for (SalesDimension d : SalesDimension.values()) {
            if (d != SalesDimension.CATEGORY && query.needs(d)) {
                values.put(d, valueOf(d, p, day));
            }
        }
        if (!matches(values)) {
            return;
        }
        BigDecimal kept = BigDecimal.ZERO;
        boolean anyKept = false;
        for (Map.Entry<String, BigDecimal> share : shares(p, net).entrySet()) {
            if (query.needs(SalesDimension.CATEGORY)) {
                values.put(SalesDimension.CATEGORY, share.getKey());
                if (!matches(values)) {
                    continue;
                }
            }
            List<String> key = new ArrayList<>(query.by().size());
            query.by().forEach(d -> key.add(values.get(d)));
            cells.computeIfAbsent(key, k -> new Cell()).add(share.getValue(), p.customerId());
            kept = kept.add(share.getValue());
            anyKept = true;
        }
        if (anyKept) {
            total.add(kept, p.customerId());
        }
    }

    private boolean matches(Map<SalesDimension, String> values) {
        for (Map.Entry<SalesDimension, String> want : query.where().entrySet()) {
            String have = values.get(want.getKey());
            if (have != null && !have.equals(want.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The order's net revenue by category, in proportion to what each item was paid; the rounding remainder goes to the last. */
    private Map<String, BigDecimal> shares(Purchase p, BigDecimal net) {
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        if (!query.needs(SalesDimension.CATEGORY)) {
            byCategory.put("", net);
            return byCategory;
        }
        List<PurchaseItem> items = p.items();
        BigDecimal paid = p.paid().amount();
        if (items.isEmpty() || paid.signum() == 0) {
            byCategory.put(items.isEmpty() ? "uncategorised" : categoryOf(items.get(0)), net);
            return byCategory;
        }
        int scale = p.paid().amount().scale();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            PurchaseItem item = items.get(i);
            BigDecimal share = i == items.size() - 1 ? net.subtract(given)
                    : item.paid().amount().multiply(net).divide(paid, scale, RoundingMode.HALF_EVEN);
            given = given.add(share);
            byCategory.merge(categoryOf(item), share, BigDecimal::add);
        }
        return byCategory;
    }

    private static String categoryOf(PurchaseItem item) {
        return item.category() == null || item.category().isBlank() ? "uncategorised" : item.category();
    }

    private String valueOf(SalesDimension dimension, Purchase p, LocalDate day) {
        return switch (dimension) {
            case MONTH -> YearMonth.from(day).toString();
            case REGION -> profile().map(c -> c.demographics().region()).filter(r -> !r.isBlank()).orElse("unknown");
            case PAYMENT_METHOD -> p.paymentMethod() == null || p.paymentMethod().isBlank() ? "unknown" : p.paymentMethod();
            case CHANNEL -> p.channel() == null || p.channel().isBlank() ? "unknown" : p.channel();
            case TIER -> tierOnDay.computeIfAbsent(day, d -> tiers.tierOn(query.tenantId(), p.customerId(), query.tierProgramme(), d)
                    .orElse("none"));
            case CATEGORY -> throw new IllegalStateException("a category belongs to an item, not to an order");
        };
    }

    private Optional<Customer> profile() {
        if (profile == null) {
            CustomerId who = customer;
            profile = transactions.inTransaction(() -> customers.find(query.tenantId(), who));
        }
        return profile;
    }

    private boolean isMember() {
        if (member == null) {
            member = inSegment.apply(customer);
        }
        return member;
    }

    /** One row's running figures; a customer's orders arrive together, so distinct buyers need only the last one seen. */
    private static final class Cell {
        BigDecimal revenue = BigDecimal.ZERO;
        long orders;
        long customers;
        @Nullable CustomerId last;

        void add(BigDecimal amount, CustomerId buyer) {
            revenue = revenue.add(amount);
            orders++;
            if (!buyer.equals(last)) {
                customers++;
                last = buyer;
            }
        }

        SalesReport.Row row(List<String> key) {
            return new SalesReport.Row(key, revenue, orders, customers);
        }
    }
}
