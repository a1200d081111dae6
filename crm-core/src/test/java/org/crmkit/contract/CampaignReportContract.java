package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.CheckoutService;
import org.crmkit.offer.CommitCheckout;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.QuoteCheckout;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.marketing.campaign.CampaignReport;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.ProgrammeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaign report: the attribution window, the groups, the uplift with its interval, the offer's cost and ROI. */
public abstract class CampaignReportContract {

    private static final Currency CNY = Currency.getInstance("CNY");

    private CampaignFixture f;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void fixture() {
        f = new CampaignFixture(storage());
    }

    @Test
    void the_attribution_window_ends_exactly_at_the_tenants_midnight() {
        // given launched Wednesday 10:00 in Shanghai with one day of attribution: the window ends Friday 00:00 Shanghai
        CustomerId li = f.member("li", "spring", true);
        LaunchCampaign c = f.launch("window", "spring", "0");
        f.campaigns.launch(new LaunchCampaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), c.channel(), c.content(), c.offer(),
                c.controlShare(), c.seed(), 1, null, null, null));
        f.clock.advance(Duration.ofDays(3));
        f.buy(li, "before-launch", "1000.00", CampaignFixture.MORNING.minusMillis(1));
        f.buy(li, "at-launch", "10.00", CampaignFixture.MORNING);
        f.buy(li, "last-moment", "20.00", Instant.parse("2025-06-05T15:59:59.999Z"));
        f.buy(li, "at-midnight", "300.00", Instant.parse("2025-06-05T16:00:00Z"));

        // when
        CampaignReport report = f.campaigns.report(f.tenant, "window", CNY);

        // then
        assertThat(report.attributionFrom()).isEqualTo(CampaignFixture.MORNING);
        assertThat(report.attributionUntil()).isEqualTo(Instant.parse("2025-06-05T16:00:00Z"));
        assertThat(report.target().revenue()).isEqualTo(Money.of("30.00", "CNY"));
        assertThat(report.target().responders()).isEqualTo(1);
    }

    /**
     * The seeded campaigns whose interval coverage {@code SeededCampaignsUpliftCoverageTest} measures
     * over 400 runs in memory give this store the same reports, to the cent and the interval's ends,
     * so that coverage holds here too.
     */
    @Test
    void seeded_simulated_campaigns_are_reported_here_exactly_as_in_memory() {
        SeededCampaigns here = new SeededCampaigns(storage());
        SeededCampaigns inMemory = new SeededCampaigns(new InMemoryStorage());
        for (int run = 0; run < 4; run++) {
            CampaignReport expected = inMemory.simulate(run);

            CampaignReport actual = here.simulate(run);

            assertThat(actual).as("run %s", run).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
        }
    }

    @Test
    void a_simulated_campaign_with_a_known_uplift_is_reported_within_its_interval() {
        // given 400 customers, half held out; a target customer buys with probability 0.45, a control one 0.30, for 100.00
        List<CustomerId> customers = f.members("u", 400, "sim");
        f.campaigns.launch(f.launch("sim", "sim", "0.5"));
        f.campaigns.send(new SendCampaign(f.tenant, "sim", 0, 1));
        f.clock.advance(Duration.ofDays(1));
        Random random = new Random(2025);
        long[] responders = new long[2];
        for (CustomerId c : customers) {
            boolean control = f.campaigns.membershipsOf(f.tenant, c).get(0).status() == SendStatus.HELD_OUT;
            if (random.nextDouble() < (control ? 0.30 : 0.45)) {
                f.buy(c, "order-" + c.value(), "100.00", CampaignFixture.MORNING.plus(Duration.ofHours(2)));
                responders[control ? 1 : 0]++;
            }
        }

        // when
        CampaignReport report = f.campaigns.report(f.tenant, "sim", CNY);

        // then the figures are the simulated ones, and the intervals hold the true effect: 15.00 per customer, 0.15 response
        long nt = report.target().customers();
        long nc = report.control().customers();
        assertThat(nt + nc).isEqualTo(400);
        assertThat(report.target().responders()).isEqualTo(responders[0]);
        assertThat(report.control().responders()).isEqualTo(responders[1]);
        assertThat(report.target().revenue()).isEqualTo(Money.of(BigDecimal.valueOf(100 * responders[0]), CNY));
        double perCustomer = 100.0 * responders[0] / nt - 100.0 * responders[1] / nc;
        assertThat(report.uplift().revenuePerCustomer().estimate()).isCloseTo(perCustomer, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.uplift().revenuePerCustomer().covers(15.0)).isTrue();
        assertThat(report.uplift().responseRate().covers(0.15)).isTrue();
        assertThat(report.uplift().incrementalRevenue().amount().doubleValue()).isCloseTo(perCustomer * nt,
                org.assertj.core.data.Offset.offset(0.006));
        assertThat(report.sent()).isEqualTo(nt);
        assertThat(report.offerCost()).isEqualTo(Money.of("0.00", "CNY"));
        assertThat(report.roi()).isNull();
    }

    @Test
    void a_points_offer_costs_the_points_granted_and_the_roi_weighs_the_incremental_revenue_against_it() {
        // given two customers sent 100 points worth 0.10 each, none held out, one buying for 50.00
        f.crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(f.tenant).build());
        CustomerId li = f.member("li", "spring", true);
        f.member("han", "spring", true);
        f.campaigns.launch(CampaignLaunchContract.withOffer(f.launch("pts", "spring", "0"),
                CampaignOffer.points(ProgrammeId.DEFAULT, 100, Money.of("0.10", "CNY"))));
        f.campaigns.send(new SendCampaign(f.tenant, "pts", 0, 1));
        f.clock.advance(Duration.ofHours(1));
        f.buy(li, "o-1", "50.00", f.clock.instant());

        // when
        CampaignReport report = f.campaigns.report(f.tenant, "pts", CNY);

        // then without a control group the incremental revenue is the target's revenue: (50 - 20) / 20
        assertThat(report.offerCost()).isEqualTo(Money.of("20.00", "CNY"));
        assertThat(report.uplift().incrementalRevenue()).isEqualTo(Money.of("50.00", "CNY"));
        assertThat(report.roi()).isEqualByComparingTo("1.5");
        assertThat(report.redemptions()).isZero();
    }

    @Test
    void a_campaign_coupon_redeemed_at_checkout_is_attributed_with_the_revenue_paid_and_the_control_group_never_gets_it() {
        // given 20 customers, half held out, sent a 20-off-100 coupon; a basket of two teas at 80.00
        // and 10.00 shipping costs 170.00, 150.00 with the coupon
        f.crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(f.tenant).build());
        f.crm.coupons().defineTemplate(CouponTemplate.amountOff(f.tenant, "spring-20", "20 off 100", Money.of("100.00", "CNY"),
                Money.of("20.00", "CNY")));
        List<CustomerId> spring = f.members("c", 20, "spring");
        f.campaigns.launch(CampaignLaunchContract.withOffer(f.launch("coupon", "spring", "0.5"), CampaignOffer.coupon("spring-20")));
        f.campaigns.send(new SendCampaign(f.tenant, "coupon", 0, 1));
        f.clock.advance(Duration.ofHours(1));
        Cart basket = new Cart(List.of(new CartLine("tea-250g", "drinks", 2, Money.of("80.00", "CNY"))), Money.of("10.00", "CNY"));
        CheckoutService checkout = f.crm.checkout();

        // when every target customer checks out with the campaign's coupon and pays, and every control
        // customer pays the full price
        long targets = 0;
        long controls = 0;
        CouponId someTargetsCoupon = null;
        for (CustomerId c : spring) {
            String order = "order-" + c.value();
            List<Coupon> coupons = f.crm.coupons().couponsOf(f.tenant, c);
            if (status(c) == SendStatus.HELD_OUT) {
                controls++;
                assertThat(coupons).as(c.value()).isEmpty();
                f.buy(c, order, "170.00", f.clock.instant());
                continue;
            }
            targets++;
            CouponId coupon = coupons.stream().filter(k -> k.issueKey().equals("campaign/coupon/" + c.value())).findFirst()
                    .orElseThrow().couponId();
            someTargetsCoupon = coupon;
            CheckoutQuote quote = checkout.quote(new QuoteCheckout(f.tenant, c, ProgrammeId.DEFAULT, basket, List.of(coupon), 0L));
            checkout.hold(new HoldCheckout(f.tenant, c, ProgrammeId.DEFAULT, "hold:" + order, order, basket, List.of(coupon), 0L, null));
            CheckoutQuote paid = checkout.commit(new CommitCheckout(f.tenant, "pay:" + order, order));
            assertThat(quote.payable()).isEqualTo(Money.of("150.00", "CNY"));
            assertThat(paid.couponDiscount()).isEqualTo(Money.of("20.00", "CNY"));
            f.crm.commerce().recordPurchase(RecordPurchase.of(f.tenant, c, order, paid.payable()).at(f.clock.instant()));
        }
        CustomerId aControl = spring.stream().filter(c -> status(c) == SendStatus.HELD_OUT).findFirst().orElseThrow();
        CheckoutQuote borrowed = checkout.quote(new QuoteCheckout(f.tenant, aControl, ProgrammeId.DEFAULT, basket,
                List.of(someTargetsCoupon), 0L));
        CampaignReport report = f.campaigns.report(f.tenant, "coupon", CNY);

        // then each redemption, its discount and the revenue paid are attributed to the target group;
        // a control customer cannot use a target's coupon
        assertThat(targets).isPositive();
        assertThat(controls).isPositive();
        assertThat(borrowed.coupons()).isEmpty();
        assertThat(borrowed.payable()).isEqualTo(Money.of("170.00", "CNY"));
        assertThat(report.sent()).isEqualTo(targets);
        assertThat(report.redemptions()).isEqualTo(targets);
        assertThat(report.redemptionRate()).isEqualTo(1.0);
        assertThat(report.offerCost()).isEqualTo(Money.of(new BigDecimal("20.00").multiply(BigDecimal.valueOf(targets)), CNY));
        assertThat(report.target().customers()).isEqualTo(targets);
        assertThat(report.target().responders()).isEqualTo(targets);
        assertThat(report.target().revenue()).isEqualTo(Money.of(new BigDecimal("150.00").multiply(BigDecimal.valueOf(targets)), CNY));
        assertThat(report.control().customers()).isEqualTo(controls);
        assertThat(report.control().revenue()).isEqualTo(Money.of(new BigDecimal("170.00").multiply(BigDecimal.valueOf(controls)), CNY));
        assertThat(report.uplift().revenuePerCustomer().estimate()).isEqualTo(-20.0);
    }

    private SendStatus status(CustomerId customer) {
        return f.campaigns.membershipsOf(f.tenant, customer).get(0).status();
    }
}
