package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.testing.ProgrammeBuilder.aProgramme;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.marketing.Delivery;
import org.crmkit.marketing.Message;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.QuoteCheckout;
import org.crmkit.offer.coupon.CouponEvaluation;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.RejectionReason;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.offer.coupon.spi.CouponRuleContext;
import org.crmkit.offer.coupon.spi.CouponRuleResult;
import org.crmkit.offer.spi.LinePrice;
import org.crmkit.offer.spi.MemberPricing;
import org.crmkit.sales.OpenAccount;
import org.crmkit.sales.spi.CreditPolicy;
import org.crmkit.sales.spi.CreditTerms;
import org.crmkit.sales.spi.PaymentHistory;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The plug-ins of the offer, marketing and sales contexts reach crmkit as beans of the host's
 * context: each bean is seen at work through the service that uses it.
 */
class OfferMarketingSalesPluginBeansTest {

    private static final TenantId SHOP = TenantId.of("plugin-shop");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CrmAutoConfiguration.class))
            .withBean(CrmStorage.class, InMemoryStorage::new);

    @Test
    void message_channel_beans_are_the_channels_a_campaign_sends_through() {
        List<Message> wechat = new CopyOnWriteArrayList<>();
        List<Message> push = new CopyOnWriteArrayList<>();
        runner.withBean("wechat", MessageChannel.class, () -> channel("wechat", MarketingChannel.WECHAT, wechat))
                .withBean("push", MessageChannel.class, () -> channel("app-push", MarketingChannel.APP_PUSH, push))
                .run(context -> {
                    // given a customer who agreed to WeChat messages
                    Crm crm = context.getBean(Crm.class);
                    CustomerId li = crm.customers().register(new RegisterCustomer(SHOP, null, "李雷", List.of(), null, null,
                            Set.of("tea"), SourceChannel.APP, null, null)).id();
                    crm.customers().recordConsent(new RecordConsent(SHOP, li, MarketingChannel.WECHAT, true));

                    // when
                    crm.campaigns().launch(LaunchCampaign.of(SHOP, "spring", "Spring tea", Segment.of("tea", Criteria.tagged("tea")), "wechat",
                            "New tea is in", CampaignOffer.message(), BigDecimal.ZERO, 1L, 7));
                    crm.campaigns().send(new SendCampaign(SHOP, "spring", 0, 1));

                    // then
                    assertThat(wechat).singleElement().satisfies(m -> assertThat(m.customerId()).isEqualTo(li));
                    assertThat(push).isEmpty();
                });
    }

    @Test
    void a_coupon_rule_bean_decides_whether_a_coupon_naming_it_applies() {
        List<String> calls = new CopyOnWriteArrayList<>();
        runner.withBean(CouponRule.class, () -> new ClosedOnTuesdays(calls)).run(context -> {
            // given
            Crm crm = context.getBean(Crm.class);
            CustomerId li = crm.customers().register(RegisterCustomer.of(SHOP, "李雷", SourceChannel.APP)).id();
            crm.coupons().defineTemplate(CouponTemplate.amountOff(SHOP, "five-off", "5 off", cny("0.00"), cny("5.00"))
                    .withRules(ClosedOnTuesdays.NAME));
            var coupon = crm.coupons().issue(new IssueCoupon(SHOP, li, "five-off", "welcome-li")).couponId();

            // when
            CouponEvaluation result = crm.coupons().evaluate(SHOP, li, tea(), null, List.of(coupon));

            // then
            assertThat(calls).containsExactly(ClosedOnTuesdays.NAME);
            assertThat(result.rejected()).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo(RejectionReason.RULE);
                assertThat(r.explanation()).contains("closed on Tuesdays");
            });
        });
    }

    @Test
    void a_member_pricing_bean_prices_the_checkout() {
        runner.withBean(MemberPricing.class, () -> new MemberPricing() {
            @Override
            public String name() {
                return "price-list";
            }

            @Override
            public List<LinePrice> price(TenantId tenantId, CustomerId customerId, org.crmkit.tier.Tier tier, Cart cart) {
                return cart.lines().stream().map(l -> new LinePrice(cny("9.00"), "price list")).toList();
            }
        }).run(context -> {
            // given
            Crm crm = context.getBean(Crm.class);
            crm.loyalty().defineProgramme(aProgramme(SHOP).build());
            CustomerId li = crm.customers().register(RegisterCustomer.of(SHOP, "李雷", SourceChannel.APP)).id();

            // when
            CheckoutQuote quote = crm.checkout().quote(QuoteCheckout.of(SHOP, li, ProgrammeId.DEFAULT, tea(), 0L));

            // then
            assertThat(quote.memberAmount()).isEqualTo(cny("18.00"));
            assertThat(quote.steps().get(0).explanation()).contains("price-list");
        });
    }

    @Test
    void a_credit_policy_bean_decides_a_business_accounts_terms() {
        runner.withBean(CreditPolicy.class, () -> new CreditPolicy() {
            @Override
            public String name() {
                return "house";
            }

            @Override
            public CreditTerms decide(PaymentHistory history) {
                return new CreditTerms(name(), 45, Money.of("1000.00", "CNY"), List.of("house terms for every account"));
            }
        }).run(context -> {
            // given
            Crm crm = context.getBean(Crm.class);
            String account = crm.sales().openAccount(new OpenAccount(SHOP, "open:acc-1", "Hangzhou Tea Co.", "liu",
                    Currency.getInstance("CNY"))).accountId();

            // when
            CreditTerms terms = crm.sales().creditTerms(SHOP, account);

            // then
            assertThat(terms.policy()).isEqualTo("house");
            assertThat(terms.paymentDays()).isEqualTo(45);
        });
    }

    @Test
    void an_id_generator_bean_makes_crmkits_ids() {
        AtomicInteger asked = new AtomicInteger();
        IdGenerator counting = () -> {
            asked.incrementAndGet();
            return IdGenerator.timeOrdered().next();
        };
        runner.withBean(IdGenerator.class, () -> counting).run(context -> {
            // when
            context.getBean(Crm.class).customers().register(RegisterCustomer.of(SHOP, "李雷", SourceChannel.APP));

            // then
            assertThat(asked).hasPositiveValue();
        });
    }

    @Test
    void two_credit_policy_beans_without_a_primary_one_fail_the_start() {
        runner.withBean("one", CreditPolicy.class, CreditPolicy::standard).withBean("two", CreditPolicy.class, CreditPolicy::standard)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasStackTraceContaining("CreditPolicy");
                });
    }

    private static MessageChannel channel(String name, MarketingChannel consent, List<Message> sent) {
        return new MessageChannel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public MarketingChannel consent() {
                return consent;
            }

            @Override
            public Delivery send(Message message) {
                sent.add(message);
                return Delivery.success();
            }
        };
    }

    private static Cart tea() {
        return new Cart(List.of(new CartLine("tea-250g", "drinks", 2, cny("10.00"))), cny("0.00"));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private record ClosedOnTuesdays(List<String> calls) implements CouponRule {
        static final String NAME = "closed-on-tuesdays";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public CouponRuleResult test(CouponRuleContext context) {
            calls.add(NAME);
            return CouponRuleResult.refuse("closed on Tuesdays");
        }
    }
}
