package org.crmkit.value;

import java.util.Arrays;
import java.util.function.Consumer;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.SummaryWindow;
import org.crmkit.value.history.PurchaseDays;

/**
 * Collects the purchase days a scoring run reads, page after page, into the primitive columns of
 * a repeat-purchase summary: about 40 bytes per customer and the customer id.
 */
final class PurchaseDayColumns implements Consumer<PurchaseDays> {

    private String[] keys = new String[1024];
    private int[] days = new int[1024];
    private int[] first = new int[1024];
    private int[] last = new int[1024];
    private double[] net = new double[1024];
    private double[] repeatNet = new double[1024];
    private int size;

    @Override
    public void accept(PurchaseDays d) {
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            days = Arrays.copyOf(days, capacity);
            first = Arrays.copyOf(first, capacity);
            last = Arrays.copyOf(last, capacity);
            net = Arrays.copyOf(net, capacity);
            repeatNet = Arrays.copyOf(repeatNet, capacity);
        }
        keys[size] = d.customerId().value();
        days[size] = d.days();
        first[size] = Math.toIntExact(d.first().toEpochDay());
        last[size] = Math.toIntExact(d.last().toEpochDay());
        net[size] = d.net().doubleValue();
        repeatNet[size] = d.repeatNet().doubleValue();
        size++;
    }

    /** The summary of the customers collected, in the order they came. */
    RepeatPurchaseSummary summary(SummaryWindow window) {
        return RepeatPurchaseSummary.ofPurchaseDays(window, Arrays.copyOf(keys, size), Arrays.copyOf(days, size),
                Arrays.copyOf(first, size), Arrays.copyOf(last, size), Arrays.copyOf(net, size), Arrays.copyOf(repeatNet, size));
    }
}
