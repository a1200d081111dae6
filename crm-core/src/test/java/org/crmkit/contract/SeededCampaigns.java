package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.marketing.campaign.CampaignMember;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.CampaignReport;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;

/**
 * Seeded simulated campaigns whose true effect is known, run through the public API of any
 * storage: {@value #CUSTOMERS} customers, a third held out by the campaign's own seeded holdout.
 * Four in five customers agree to SMS, so a fifth of the target group is never reached; a customer
 * buys in the attribution window with probability {@value #P_BASE} whatever the group, and a
 * reached one buys once more with probability {@value #P_EXTRA}, independently (so the extra
 * purchase often falls on someone who would have bought anyway). Everyone may also buy the day
 * before the launch and a minute after the window's end, reached customers more often, which the
 * report must not count.
 *
 * <p>The true effect on the target group is then {@link #TRUE_RATE} in response rate and {@link
 * #TRUE_REVENUE} in revenue per customer (the extra order is CNY 150-299). The same run number
 * gives the same customers, consents, holdout and purchases on every storage.
 */
public final class SeededCampaigns {

    /** Customers per campaign. */
    public static final int CUSTOMERS = 240;
    static final double P_CONSENT = 0.8;
    static final double P_BASE = 0.25;
    static final double P_EXTRA = 0.3;
    /** The simulated effect on the target group's response rate. */
    public static final double TRUE_RATE = P_CONSENT * P_EXTRA * (1 - P_BASE);
    /** The simulated effect on the target group's revenue per customer, CNY. */
    public static final double TRUE_REVENUE = P_CONSENT * P_EXTRA * 224.5;
    static final Instant LAUNCH = Instant.parse("2025-06-04T02:00:00Z");
    /** The tenant's midnight ending the 7th day after the launch day: 2025-06-12 00:00 in Asia/Shanghai. */
    public static final Instant WINDOW_END = Instant.parse("2025-06-11T16:00:00Z");
    private static final Currency CNY = Currency.getInstance("CNY");

    private final MutableClock clock = MutableClock.at(LAUNCH);
    private final Crm crm;

    /** Campaigns simulated on {@code storage}, with a clock of their own. */
    public SeededCampaigns(CrmStorage storage) {
        this.crm = Crm.builder().storage(storage).clock(clock).build();
    }

    /** Simulates campaign {@code run} in a fresh tenant and returns its report, in CNY. */
    public CampaignReport simulate(int run) {
        SplittableRandom random = new SplittableRandom(1_000L + run);
        clock.set(LAUNCH);
        TenantId tenant = Tenants.fresh();
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerId id = crm.customers().register(RegistrationBuilder.aRegistration(tenant).id("c-" + i).displayName("Customer " + i)
                    .tags(Set.of("sim")).build()).id();
            if (random.nextDouble() < P_CONSENT) {
                crm.customers().recordConsent(new RecordConsent(tenant, id, MarketingChannel.SMS, true));
            }
            customers.add(id);
        }
        String campaign = "sim-" + run;
        crm.campaigns().launch(LaunchCampaign.of(tenant, campaign, "Simulated", Segment.of("sim", Criteria.tagged("sim")), "sms", "Hello",
                CampaignOffer.message(), new BigDecimal("0.33"), run, 7));
        crm.campaigns().send(new SendCampaign(tenant, campaign, 0, 1));
        clock.set(WINDOW_END.plus(Duration.ofDays(2)));
        for (CustomerId c : customers) {
            boolean reached = crm.campaigns().membershipsOf(tenant, c).stream().map(CampaignMember::status).anyMatch(SendStatus.SENT::equals);
            if (random.nextDouble() < P_BASE) {
                buy(tenant, c, "base", LAUNCH.plusSeconds(3_600 + random.nextInt(500_000)), 20 + random.nextInt(300));
            }
            if (reached && random.nextDouble() < P_EXTRA) {
                buy(tenant, c, "extra", LAUNCH.plusSeconds(3_600 + random.nextInt(500_000)), 150 + random.nextInt(150));
            }
            if (random.nextDouble() < (reached ? 0.5 : 0.2)) {
                buy(tenant, c, "before", LAUNCH.minus(Duration.ofDays(1)), 100);
            }
            if (random.nextDouble() < (reached ? 0.5 : 0.2)) {
                buy(tenant, c, "after", WINDOW_END.plusSeconds(60), 100);
            }
        }
        CampaignReport report = crm.campaigns().report(tenant, campaign, CNY);
        assertThat(report.attributionUntil()).isEqualTo(WINDOW_END);
        return report;
    }

    private void buy(TenantId tenant, CustomerId customer, String kind, Instant at, int amount) {
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, kind + "-" + customer.value(),
                Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY), CNY)).at(at));
    }
}
