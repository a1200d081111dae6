package org.crmkit.examples.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.crmkit.Crm;
import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.RecordChurnReason;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Why shoppers left (004: 企业自身的原因 / 客户自身的原因), as the demo shop learns it: a call
 * {@value #LAPSE_DAYS} days after a shopper's last order reaches about a third of those who never
 * came back, and a shopper returning after such a gap says why they had stayed away half the time.
 * Each answer is recorded with {@code crm.customers().recordChurnReason}.
 */
final class ChurnSurveys {

    /** Days without an order after which the shop counts a shopper as gone and calls. */
    static final int LAPSE_DAYS = 180;
    /** The reasons and how often shoppers give them; the first four are the shop's side, the rest the customer's. */
    private static final String[] CODES = {"price", "delivery", "product-quality", "service", "competitor", "no-need", "moved-away"};
    private static final double[] SHARES = {0.22, 0.14, 0.12, 0.07, 0.20, 0.17, 0.08};

    private final Crm crm;
    private final TenantId shop;
    private final SplittableRandom random;

    ChurnSurveys(Crm crm, TenantId shop, SplittableRandom random) {
        this.crm = crm;
        this.shop = shop;
        this.random = random;
    }

    /** May schedule the call to a shopper whose {@code last} order was the last, if the lapse falls within the simulation. */
    void maybeLeft(Simulation simulation, CustomerId id, LocalDate last) {
        if (random.nextDouble() < 0.35) {
            String code = reason();
            LocalDate on = last.plusDays(LAPSE_DAYS);
            simulation.at(on, 15 * 60 + random.nextInt(120), () -> record(id, ChurnOccasion.CHURNED, code, "exit-call:" + id.value()));
        }
    }

    /** May record why a shopper ordering on {@code day} after a lapse since {@code previous} had stayed away. */
    void maybeWonBack(Simulation simulation, CustomerId id, LocalDate previous, LocalDate day) {
        if (day.toEpochDay() - previous.toEpochDay() >= LAPSE_DAYS && random.nextDouble() < 0.5) {
            String code = reason();
            simulation.at(day, 21 * 60 + 30, () -> record(id, ChurnOccasion.WON_BACK, code, "won-back:" + id.value() + ":" + day));
        }
    }

    private String reason() {
        double u = random.nextDouble();
        for (int i = 0; i < CODES.length - 1; i++) {
            u -= SHARES[i];
            if (u < 0) {
                return CODES[i];
            }
        }
        return CODES[CODES.length - 1];
    }

    private void record(CustomerId id, ChurnOccasion occasion, String code, String key) {
        ChurnSide side = java.util.Arrays.asList(CODES).indexOf(code) < 4 ? ChurnSide.ENTERPRISE : ChurnSide.CUSTOMER;
        crm.customers().recordChurnReason(new RecordChurnReason(shop, id, occasion, code, side, null, "customer-care", key));
    }
}
