package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.ExpiringPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.Tier;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnTrend;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueLevel;

/** Reads the demo's figures back through the public API, customer by customer. */
final class ReportGathering {

    private ReportGathering() {}

    /** @param transactions the units of work of {@code crm}'s storage */
    static DemoReport gather(Crm crm, TransactionRunner transactions, TenantId shop, DemoSettings settings, ScoringReport scoring,
            DemoReport.CaseFigures cases, DemoReport.OfferFigures offers, DemoReport.MarketingFigures marketing, DemoReport.SalesFigures sales) {
        Map<String, Long> tiers = new LinkedHashMap<>();
        DemoShop.TIERS.forEach(code -> tiers.put(code, 0L));
        Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            stages.put(stage, 0L);
        }
        long[] points = new long[3]; // outstanding, expiring soon, customers
        MonthlyTally monthly = new MonthlyTally();
        try (Progress progress = Progress.start(settings.quiet(), "Reading balances, statements and tiers", settings.customers())) {
            // one read-only unit of work for the reads, rather than a transaction each; the per-month figures come from this one
            // pass, so the simulation pays nothing for them; the current tiers are read a page of customers at a time, the balance,
            // statement and tier history (which have no read for many customers) a customer at a time
            transactions.run(() -> forEachPageOfCustomers(crm, shop, page -> {
                Map<CustomerId, Tier> current = crm.tiers().currentTiers(shop, page.stream().map(Customer::id).toList(), DemoShop.PROGRAMME);
                for (Customer c : page) {
                    points[2]++;
                    stages.merge(c.stage(), 1L, Long::sum);
                    Optional.ofNullable(current.get(c.id())).map(Tier::code).ifPresent(code -> tiers.merge(code, 1L, Long::sum));
                    BalanceView balance = crm.loyalty().balance(shop, c.id(), DemoShop.PROGRAMME);
                    points[0] += balance.available() + balance.pending();
                    points[1] += balance.expiringSoon().stream().mapToLong(ExpiringPoints::points).sum();
                    Page.forEach(request -> crm.loyalty().statement(shop, c.id(), DemoShop.PROGRAMME, request), 500, monthly::add);
                    crm.tiers().history(shop, c.id(), DemoShop.PROGRAMME).forEach(monthly::add);
                    progress.update(points[2]);
                }
            }));
        }
        Map<ValueLevel, DemoReport.Level> levels = new EnumMap<>(ValueLevel.class);
        long[][] grid = new long[5][5];
        List<Double> clvs = new ArrayList<>();
        List<double[]> scatter = new ArrayList<>();
        forEachValue(crm, shop, v -> {
            DemoReport.Level before = levels.getOrDefault(v.level(), DemoReport.Level.NONE);
            BigDecimal clv = v.prediction().map(p -> p.clv()).orElse(BigDecimal.ZERO);
            levels.put(v.level(), new DemoReport.Level(before.customers() + 1, before.revenue().add(v.rfm().monetary()), before.clv().add(clv)));
            grid[v.rfm().r() - 1][v.rfm().f() - 1]++;
            v.prediction().ifPresent(p -> {
                clvs.add(p.clv().doubleValue());
                if (scatter.size() < 2000) {
                    scatter.add(new double[] {v.rfm().recencyDays(), p.pAlive()});
                }
            });
        });
        return new DemoReport(points[2], tiers, stages, points[0],
                BigDecimal.valueOf(points[0]).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN), points[1], cases, scoring,
                levels, churn(crm, shop, settings),
                crm.value().winBackList(shop, 0.5, 10), grid, clvs.stream().mapToDouble(Double::doubleValue).toArray(), scatter,
                offers, monthly.points(), monthly.moves(), marketing, sales);
    }

    /** The dimensions the report breaks the yearly churn down by, in its order. */
    static final List<ChurnDimension> CHURN_DIMENSIONS = List.of(ChurnDimension.COHORT, ChurnDimension.REGION, ChurnDimension.CATEGORY,
            ChurnDimension.CUSTOMER_TYPE, ChurnDimension.CHURN_REASON);

    /**
     * The last simulated year's churn against the year before, by each dimension; its monthly trend over the months whose look-back
     * year starts at most six months before the simulation (earlier ones would count only the few who joined in its first weeks);
     * and the reasons recorded.
     */
    private static DemoReport.ChurnFigures churn(Crm crm, TenantId shop, DemoSettings settings) {
        LocalDate from = settings.lastYear();
        LocalDate until = settings.end().plusDays(1);
        List<org.crmkit.value.scoring.ChurnReport> reports = CHURN_DIMENSIONS.stream()
                .map(dimension -> crm.value().churn(shop, from, until, dimension)).toList();
        YearMonth lastFull = YearMonth.from(until).minusMonths(1);
        YearMonth first = YearMonth.from(settings.start()).plusMonths(17);
        ChurnTrend trend = crm.value().churnTrend(shop, first.isAfter(lastFull) ? lastFull : first, lastFull, 12);
        return new DemoReport.ChurnFigures(reports, trend, crm.customers().churnReasonReport(shop, settings.start(), until));
    }

    static void forEachCustomer(Crm crm, TenantId shop, Consumer<Customer> sink) {
        forEachPageOfCustomers(crm, shop, page -> page.forEach(sink));
    }

    /** Hands the tenant's customers to {@code sink} a page of 500 at a time, in id order. */
    private static void forEachPageOfCustomers(Crm crm, TenantId shop, Consumer<List<Customer>> sink) {
        PageRequest request = PageRequest.first(500);
        while (true) {
            Page<Customer> page = crm.customers().list(shop, request);
            sink.accept(page.items());
            if (page.nextCursor().isEmpty()) {
                return;
            }
            request = PageRequest.after(page.nextCursor().get(), 500);
        }
    }

    private static void forEachValue(Crm crm, TenantId shop, Consumer<CustomerValue> sink) {
        Page.forEach(request -> crm.value().values(shop, request), 1000, sink);
    }
}
