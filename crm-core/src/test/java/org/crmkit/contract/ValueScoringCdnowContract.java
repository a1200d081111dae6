package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Tenants;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.PurchaseDays;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.PurchaseModelChoice;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueScoring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scoring reads each customer's purchase days from the store ({@code Purchases.purchaseDays}, a
 * SQL aggregate on a database) instead of every purchase row. On the CDNOW sample (6,919 purchases
 * of 2,357 customers), recorded in New York time at hours that fall on another day in UTC, with
 * partial refunds, cancellations and purchases after the observation end, the store's counts
 * equal the summary built in Java from every purchase row by the rules of {@link
 * RepeatPurchaseSummaryBuilder} (the path scoring took before), and the scores equal that path's
 * to 1e-9.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ValueScoringCdnowContract {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Leaves the purchases of May and June 1998 after the observation end. */
    private static final Instant AS_OF = LocalDate.of(1998, 4, 30).atTime(22, 0).atZone(NEW_YORK).toInstant();
    private static final double TOLERANCE = 1e-9;
    private static final java.util.Currency USD = java.util.Currency.getInstance("USD");

    private final TenantId tenant = Tenants.fresh();
    private Crm crm;
    private int refunds;
    private int cancellations;

    /** The storage under test. */
    protected abstract CrmStorage storage();

    @BeforeAll
    void recordTheCdnowSample() {
        crm = Crm.builder().storage(storage()).clock(Clock.fixed(Instant.parse("1998-07-02T00:00:00Z"), NEW_YORK)).zone(NEW_YORK).build();
        // a neighbour's purchases, under the same order ids, must not count
        TenantId neighbour = Tenants.fresh();
        CustomerId stranger = crm.customers().register(RegisterCustomer.of(neighbour, "Stranger", SourceChannel.APP)).id();
        crm.value().recordPurchase(RecordPurchase.of(neighbour, stranger, "cdnow-1", Money.of("999.00", "USD"))
                .at(LocalDate.of(1997, 1, 1).atTime(12, 0).atZone(NEW_YORK).toInstant()));
        Map<String, CustomerId> customers = new HashMap<>();
        List<String> lines = cdnowLines();
        storage().transactions().run(() -> {
            for (int k = 0; k < lines.size(); k++) {
                String[] f = lines.get(k).trim().split("\\s+");
                CustomerId who = customers.computeIfAbsent(f[1],
                        id -> crm.customers().register(RegisterCustomer.of(tenant, "CDNOW " + id, SourceChannel.APP)).id());
                LocalDate day = LocalDate.of(Integer.parseInt(f[2].substring(0, 4)), Integer.parseInt(f[2].substring(4, 6)),
                        Integer.parseInt(f[2].substring(6, 8)));
                // late in the evening or just after midnight: the day differs in UTC
                LocalTime time = k % 2 == 0 ? LocalTime.of(23, 30) : LocalTime.of(0, 30);
                BigDecimal amount = new BigDecimal(f[4]);
                String order = "cdnow-" + (k + 1);
                crm.value().recordPurchase(RecordPurchase.of(tenant, who, order, Money.of(amount, USD))
                        .at(day.atTime(time).atZone(NEW_YORK).toInstant()));
                if (k % 11 == 5 && amount.signum() > 0) {
                    crm.value().cancelOrder(CancelOrder.of(tenant, who, order));
                    cancellations++;
                } else if (k % 7 == 3 && amount.compareTo(BigDecimal.ONE) > 0) {
                    Money third = Money.of(amount.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN), USD);
                    crm.value().recordRefund(RecordRefund.of(tenant, who, order, "refund-" + (k + 1), third));
                    refunds++;
                }
            }
        });
    }

    @Test
    void the_store_counts_each_customers_purchase_days_as_the_java_path_does() {
        // given
        RepeatPurchaseSummary expected = javaPath();
        // when
        List<PurchaseDays> counted = new ArrayList<>();
        Page.forEach(r -> storage().transactions().inTransaction(() -> storage().purchases().purchaseDays(tenant, AS_OF, NEW_YORK, r)), 500,
                counted::add);
        // then
        assertThat(refunds).as("partial refunds in the sample").isGreaterThan(300);
        assertThat(cancellations).as("cancelled orders in the sample").isGreaterThan(300);
        assertThat(counted).hasSize(expected.size());
        assertThat(expected.size()).as("customers whose purchases were all cancelled or after the end are left out").isLessThan(2357);
        for (int i = 0; i < expected.size(); i++) {
            PurchaseDays days = counted.get(i);
            assertThat(days.customerId().value()).isEqualTo(expected.customerKey(i));
            assertThat(days.days() - 1).isEqualTo(expected.frequency(i));
            assertThat(days.first()).isEqualTo(expected.firstPurchase(i));
            assertThat(days.last()).isEqualTo(expected.lastPurchase(i));
            assertThat(days.net().doubleValue()).isCloseTo(expected.totalValue(i), within(TOLERANCE));
            double monetary = days.days() > 1 ? days.repeatNet().doubleValue() / (days.days() - 1) : 0;
            assertThat(monetary).isCloseTo(expected.monetaryValue(i), within(TOLERANCE));
        }
    }

    @ParameterizedTest
    @EnumSource(value = PurchaseModelChoice.class, names = {"PARETO_NBD", "BG_NBD"})
    void scores_equal_those_of_the_java_path_to_1e_9(PurchaseModelChoice model) {
        // given
        ScoreCustomers command = ScoreCustomers.of(tenant).asOf(AS_OF).purchaseModel(model);
        Map<CustomerId, CustomerValue> expected = new HashMap<>();
        ScoringReport reference = ValueScoring.run(command, AS_OF, NEW_YORK, this::javaPath,
                (page, lastPurchases) -> page.forEach(v -> expected.put(v.customerId(), v)));

        // when
        ScoringReport report = crm.value().score(command);

        // then
        assertThat(report.customers()).isEqualTo(reference.customers());
        assertThat(report.repeatCustomers()).isEqualTo(reference.repeatCustomers());
        assertThat(report.notes()).isEqualTo(reference.notes());
        assertThat(report.segments()).isEqualTo(reference.segments());
        assertThat(report.levels()).isEqualTo(reference.levels());
        assertClose(report.purchaseModel().orElseThrow().logLikelihood(), reference.purchaseModel().orElseThrow().logLikelihood());
        reference.purchaseModel().orElseThrow().model().parameters().forEach((name, value) ->
                assertClose(report.purchaseModel().orElseThrow().model().parameters().get(name), value));
        org.crmkit.value.btyd.GammaGammaModel spend = report.spendModel().orElseThrow().model();
        org.crmkit.value.btyd.GammaGammaModel spendByJava = reference.spendModel().orElseThrow().model();
        assertClose(spend.p(), spendByJava.p());
        assertClose(spend.q(), spendByJava.q());
        assertClose(spend.v(), spendByJava.v());
        List<CustomerValue> stored = new ArrayList<>();
        Page.forEach(r -> crm.value().values(tenant, r), 1000, stored::add);
        assertThat(stored).hasSize(expected.size());
        for (CustomerValue v : stored) {
            CustomerValue e = expected.get(v.customerId());
            assertThat(e).as("customer %s scored by both paths", v.customerId()).isNotNull();
            assertThat(v.rfm()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(e.rfm());
            assertThat(v.level()).isEqualTo(e.level());
            assertThat(v.prediction().orElseThrow().pAlive()).isCloseTo(e.prediction().orElseThrow().pAlive(), within(TOLERANCE));
            assertClose(v.prediction().orElseThrow().expectedPurchases(), e.prediction().orElseThrow().expectedPurchases());
            assertThat(v.prediction().orElseThrow().expectedSpend()).isEqualByComparingTo(e.prediction().orElseThrow().expectedSpend());
            assertThat(v.prediction().orElseThrow().clv()).isEqualByComparingTo(e.prediction().orElseThrow().clv());
        }
    }

    /** The summary as scoring built it before: every purchase row streamed into the builder. */
    private RepeatPurchaseSummary javaPath() {
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(ValueScoring.window(AS_OF, NEW_YORK)).zone(NEW_YORK)
                .ignoreRowsAfterObservationEnd();
        crm.value().forEachPurchase(tenant, 0, 1, p -> {
            if (!p.fullyRefunded() && !p.purchasedAt().isAfter(AS_OF)) {
                builder.purchase(p.customerId().value(), p.purchasedAt(), p.net().amount().doubleValue());
            }
        });
        return builder.build();
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
    }

    private static List<String> cdnowLines() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = ValueScoringCdnowContract.class.getResourceAsStream("/cdnow/CDNOW_sample.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
