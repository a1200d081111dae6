package org.crmkit.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseSimulator;

/**
 * Orders simulated from known BG/NBD and Gamma-Gamma parameters with crm-core's PurchaseSimulator,
 * as CSV rows {@code <prefix><n>,<date>,<amount to the cent>}, and the same rows for a summary builder.
 *
 * @param csvRows CSV lines without a header, each ending in a newline
 * @param rows    the same orders, amounts rounded to the cent as written
 */
record SimulatedOrders(String csvRows, List<Row> rows) {

    /** One order. */
    record Row(String customer, LocalDate date, double amount) {}

    static SimulatedOrders of(BgNbdModel purchases, GammaGammaModel spend, long seed, int customers, LocalDate firstDay,
            int acquisitionDays, LocalDate lastDay, String prefix) {
        StringBuilder csv = new StringBuilder();
        List<Row> rows = new ArrayList<>();
        PurchaseSimulator.of(purchases, spend, seed).transactions(customers, firstDay, acquisitionDays, lastDay, PeriodUnit.WEEKS,
                (customer, day, amount) -> {
                    double cents = Math.round(amount * 100) / 100.0;
                    Row row = new Row(prefix + customer, LocalDate.ofEpochDay(day), cents);
                    rows.add(row);
                    csv.append(row.customer()).append(',').append(row.date()).append(',')
                            .append(String.format(Locale.ROOT, "%.2f", cents)).append('\n');
                });
        return new SimulatedOrders(csv.toString(), rows);
    }
}
