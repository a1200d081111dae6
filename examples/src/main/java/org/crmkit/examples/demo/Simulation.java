package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseSimulator;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;

/**
 * Two years of a shop's life, generated from a seed and played through the public API in time
 * order: registrations (with a welcome coupon, and for some a gift card), purchases from a BG/NBD
 * process with Gamma-Gamma spend, each through the checkout quote (member price, coupons, some paid
 * partly with points, the rest partly by gift card), points-mall redemptions, refunds, reviews
 * ({@link DemoMarketing}), after-sales cases, churn reasons ({@link ChurnSurveys}), a campaign and
 * its responses, sales leads ({@link DemoSales}), and the batch jobs (tier assessment, points,
 * coupon and card expiry monthly, review requests weekly, SLA checks daily).
 *
 * <p>Each event is its own call (or few calls) to the public API, at its own instant on the clock;
 * the events of one day between two batch jobs run in one unit of work, as a host importing a
 * day's orders would wrap them: every call joins it, so the shop pays for one commit a day instead
 * of one per call. The batch jobs run on their own, outside it.
 */
final class Simulation {

    /**
     * BG/NBD in weeks: about one purchase every 15 weeks on average while active (a gamma mix of rates, r 4, alpha 60: shoppers
     * differ, but few buy only once in years), and after each purchase a chance to drop out drawn from Beta(0.4, 3), 12% on
     * average. Of those who bought in one year, about a fifth buy nothing in the next: the yearly customer loss the seeds quote
     * (10-30%).
     */
    static final BgNbdModel PURCHASES = BgNbdModel.of(4.0, 60.0, 0.4, 3.0);
    /** Gamma-Gamma spend in CNY: a mean near CNY 250 a purchase. */
    static final GammaGammaModel SPEND = GammaGammaModel.of(6.25, 3.74, 110.0);
    private static final String[] CATEGORIES = {"nuts", "dried-fruit", "snacks", "tea", "gift-box"};
    private static final String[] PAYMENTS = {"ALIPAY", "WECHAT_PAY", "UNIONPAY", "CASH_ON_DELIVERY"};

    /** At most this many events share a unit of work, so a busy day does not hold one open too long. */
    private static final int EVENTS_PER_UNIT = 500;

    private final Crm crm;
    private final TransactionRunner transactions;
    private final TenantId shop;
    private final SimulatedClock clock;
    private final DemoSettings settings;
    private final CaseActivity cases;
    private final DemoOffers offers;
    private final ChurnSurveys surveys;
    private final DemoMarketing marketing;
    private final DemoSales sales;
    private final SplittableRandom random;
    private final List<Event> events = new ArrayList<>();
    private int orders;

    /** One thing that happens at an instant; a batch job runs in units of work of its own. */
    record Event(Instant at, int order, boolean job, Runnable action) {}

    /** @param transactions the units of work of {@code crm}'s storage, which a day's events share */
    Simulation(Crm crm, TransactionRunner transactions, TenantId shop, SimulatedClock clock, DemoSettings settings, CaseActivity cases,
            DemoOffers offers, DemoMarketing marketing, DemoSales sales) {
        this.crm = crm;
        this.transactions = transactions;
        this.shop = shop;
        this.clock = clock;
        this.settings = settings;
        this.cases = cases;
        this.offers = offers;
        this.random = new SplittableRandom(settings.seed());
        this.marketing = marketing;
        this.sales = sales;
        this.surveys = new ChurnSurveys(crm, shop, new SplittableRandom(settings.seed() * 43));
    }

    /** Generates the years and plays them; returns the number of events played. */
    int run() {
        LocalDate first = settings.start();
        int customers = settings.customers();
        long[] lastPurchase = new long[customers];
        java.util.Arrays.fill(lastPurchase, Long.MIN_VALUE);
        // shoppers join over the whole period but its last 60 days
        int acquisitionDays = (int) (settings.end().toEpochDay() - first.toEpochDay()) + 1 - 60;
        PurchaseSimulator.of(PURCHASES, SPEND, settings.seed()).transactions(customers, first, acquisitionDays, settings.end(),
                PeriodUnit.WEEKS, (customer, epochDay, amount) -> {
                    int i = (int) customer;
                    LocalDate day = LocalDate.ofEpochDay(epochDay);
                    boolean firstPurchase = lastPurchase[i] == Long.MIN_VALUE;
                    if (firstPurchase) {
                        at(day.minusDays(random.nextInt(20)), 8 * 60, () -> register(i, day));
                    } else {
                        surveys.maybeWonBack(this, Population.idOf(i), LocalDate.ofEpochDay(lastPurchase[i]), day);
                    }
                    lastPurchase[i] = epochDay;
                    purchase(i, day, amount, firstPurchase);
                });
        for (int i = 0; i < customers; i++) {
            if (lastPurchase[i] != Long.MIN_VALUE) {
                surveys.maybeLeft(this, Population.idOf(i), LocalDate.ofEpochDay(lastPurchase[i]));
            }
        }
        marketing.schedule(this, customers, new SplittableRandom(settings.seed() * 53));
        sales.schedule(this, settings, new SplittableRandom(settings.seed() * 59));
        for (LocalDate monday = first.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)); !monday.isAfter(
                settings.end()); monday = monday.plusWeeks(1)) {
            job(monday, 9 * 60, marketing::requestReviews);
        }
        for (LocalDate month = first.withDayOfMonth(1).plusMonths(1); !month.isAfter(settings.end()); month = month.plusMonths(1)) {
            LocalDate on = month;
            job(on, 2 * 60, () -> monthly(on));
        }
        for (LocalDate day = first; !day.isAfter(settings.end()); day = day.plusDays(1)) {
            job(day, 18 * 60 + 30, () -> cases.checkSlas(clock.instant()));
        }
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
        try (Progress progress = Progress.start(settings.quiet(), "Playing " + DemoSettings.YEARS + " years of activity", events.size())) {
            int next = 0;
            while (next < events.size()) {
                int from = next;
                int to = endOfUnit(from);
                if (events.get(from).job()) {
                    play(from, progress);
                } else {
                    transactions.run(() -> {
                        for (int i = from; i < to; i++) {
                            play(i, progress);
                        }
                    });
                }
                next = to;
            }
        }
        return events.size();
    }

    /** Where the unit of work starting at event {@code from} ends: a job alone, or the day's events up to the next job. */
    private int endOfUnit(int from) {
        if (events.get(from).job()) {
            return from + 1;
        }
        LocalDate day = LocalDate.ofInstant(events.get(from).at(), DemoShop.ZONE);
        int to = from + 1;
        while (to < events.size() && to - from < EVENTS_PER_UNIT && !events.get(to).job()
                && LocalDate.ofInstant(events.get(to).at(), DemoShop.ZONE).equals(day)) {
            to++;
        }
        return to;
    }

    private void play(int i, Progress progress) {
        Event e = events.get(i);
        clock.set(e.at());
        e.action().run();
        progress.update(i + 1);
    }

    private void register(int i, LocalDate day) {
        CustomerId id = Population.idOf(i);
        crm.customers().register(Population.shopper(shop, i, day, new SplittableRandom(settings.seed() * 31 + i)));
        if (Population.acceptsAppPush(settings.seed(), i)) {
            crm.customers().recordConsent(new RecordConsent(shop, id, MarketingChannel.APP_PUSH, true));
        }
        crm.loyalty().earnBonus(new EarnBonus(shop, id, DemoShop.PROGRAMME, "sign-up:" + id.value(), BonusEvent.SIGN_UP, null));
        offers.welcome(id, new SplittableRandom(settings.seed() * 37 + i));
    }

    private void purchase(int customer, LocalDate day, double amount, boolean first) {
        String orderId = String.format("o-%07d", ++orders);
        CustomerId id = Population.idOf(customer);
        Money payable = Money.of(BigDecimal.valueOf(Math.max(1.0, amount)).setScale(2, RoundingMode.HALF_EVEN), DemoShop.CNY);
        boolean usePoints = random.nextDouble() < 0.35;
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String payment = PAYMENTS[random.nextInt(PAYMENTS.length)];
        String channel = random.nextDouble() < 0.7 ? "APP" : "WEB";
        boolean refund = random.nextDouble() < 0.05;
        boolean fullRefund = random.nextBoolean();
        int minute = 9 * 60 + random.nextInt(13 * 60);
        SplittableRandom mall = new SplittableRandom(settings.seed() * 41 + orders);
        at(day, minute, () -> checkout(id, orderId, payable, usePoints, category, payment, channel, mall));
        if (refund) {
            LocalDate on = day.plusDays(1 + random.nextInt(6));
            at(on, 10 * 60 + random.nextInt(600), () -> refund(id, orderId, fullRefund));
        }
        marketing.maybeReview(this, id, orderId, "sku-" + category, day, first, random);
        cases.maybeOpen(this, id, orderId, day, random);
    }

    private void checkout(CustomerId id, String orderId, Money payable, boolean usePoints, String category, String payment,
            String channel, SplittableRandom mall) {
        Money paid = offers.checkout(id, orderId, category, payable, usePoints);
        crm.commerce().recordPurchase(new RecordPurchase(shop, id, orderId, clock.instant(), paid,
                List.of(new PurchaseItem("sku-" + category, category, 1, paid)), payment, channel, DemoShop.PROGRAMME));
        offers.maybeRedeem(id, orderId, mall);
    }

    private void refund(CustomerId id, String orderId, boolean full) {
        crm.value().purchase(shop, orderId).filter(p -> !p.paid().isZero()).ifPresent(p -> {
            Money amount = full ? p.paid() : Money.of(p.paid().amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN), DemoShop.CNY);
            if (!amount.isZero()) {
                crm.commerce().recordRefund(RecordRefund.of(shop, id, orderId, "r-" + orderId, amount));
            }
        });
    }

    /** The products the shop sells, one per category. */
    static java.util.List<String> skus() {
        return java.util.Arrays.stream(CATEGORIES).map(c -> "sku-" + c).toList();
    }

    /** The growth value a published or rejected review earns (the review points come with publication). */
    void reviewGrowth(CustomerId id, String orderId) {
        crm.tiers().grantGrowth(new GrantGrowth(shop, id, DemoShop.PROGRAMME, "review-growth:" + orderId, 20, "review of " + orderId));
    }

    /** A purchase at the clock's time, paid in money only: a campaign's response. */
    void buyNow(CustomerId id, String orderId, double amount) {
        Money payable = Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN), DemoShop.CNY);
        SplittableRandom draws = new SplittableRandom(settings.seed() * 61 + id.hashCode());
        checkout(id, orderId, payable, false, CATEGORIES[draws.nextInt(CATEGORIES.length)], PAYMENTS[draws.nextInt(PAYMENTS.length)], "APP",
                draws);
    }

    private void monthly(LocalDate day) {
        crm.tiers().assess(shop, DemoShop.PROGRAMME, day, 0, 1, AssessmentListener.NONE);
        crm.loyalty().settleDue(0, 1);
        crm.coupons().settleDue(0, 1);
        crm.storedValue().expireDue(0, 1);
    }

    /** Schedules {@code action} on {@code day} at {@code minuteOfDay} in the shop's zone, if within the simulated year. */
    void at(LocalDate day, int minuteOfDay, Runnable action) {
        schedule(day, minuteOfDay, false, action);
    }

    /** Schedules a batch job like {@link #at}; it runs in its own units of work. */
    void job(LocalDate day, int minuteOfDay, Runnable action) {
        schedule(day, minuteOfDay, true, action);
    }

    private void schedule(LocalDate day, int minuteOfDay, boolean job, Runnable action) {
        LocalDate last = settings.end();
        if (day.isAfter(last)) {
            return;
        }
        Instant when = day.atTime(LocalTime.MIDNIGHT.plusMinutes(minuteOfDay)).atZone(DemoShop.ZONE).toInstant();
        if (when.isAfter(settings.now())) {
            return;
        }
        events.add(new Event(when, events.size(), job, action));
    }
}
