package org.crmkit;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.commerce.CommerceService;
import org.crmkit.complaint.CaseExtensions;
import org.crmkit.complaint.CasePorts;
import org.crmkit.complaint.ComplaintService;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.Notifier;
import org.crmkit.customer.CustomerService;
import org.crmkit.customer.CustomerTimeline;
import org.crmkit.customer.LifecycleAutomation;
import org.crmkit.customer.spi.LifecyclePolicies;
import org.crmkit.customer.spi.LifecyclePolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.marketing.review.ReviewService;
import org.crmkit.marketing.survey.SurveyService;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.TierLookup;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.loyalty.spi.ExpiryPolicyFactory;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.marketing.MessageChannels;
import org.crmkit.marketing.campaign.CampaignPorts;
import org.crmkit.marketing.campaign.CampaignService;
import org.crmkit.marketing.journey.JourneyPorts;
import org.crmkit.marketing.journey.JourneyService;
import org.crmkit.offer.CheckoutService;
import org.crmkit.offer.spi.MemberPricing;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.offer.mall.PointsMallService;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.privacy.PrivacyService;
import org.crmkit.sales.SalesPorts;
import org.crmkit.sales.SalesService;
import org.crmkit.sales.spi.CreditPolicy;
import org.crmkit.segment.SegmentService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.Plugins;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.TierService;
import org.crmkit.tier.spi.QualifyingMetricFactory;
import org.crmkit.tier.spi.TierPolicyFactory;
import org.crmkit.value.ValueService;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: one instance per storage, handing out the services of every context.
 *
 * <pre>{@code
 * Crm crm = Crm.builder()
 *         .storage(JdbcStorage.create(dataSource))
 *         .clock(Clock.systemUTC())
 *         .build();
 * Customer c = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP));
 * }</pre>
 *
 * Thread-safe; build it once and share it.
 *
 * @since 0.1
 */
// Over 300 lines on purpose: the builder documents each option on its own method, where an IDE shows it.
public final class Crm {

    /** The zone for calendar rules when none is set. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final CrmStorage storage;
    private final Clock clock;
    private final ZoneId zone;
    private final CustomerService customers;
    private final LoyaltyService loyalty;
    private final TierService tiers;
    private final ComplaintService complaints;
    private final ValueService value;
    private final SegmentService segments;
    private final CommerceService commerce;
    private final CustomerTimeline timeline;
    private final PrivacyService privacy;
    private final CheckoutService checkout;
    private final CouponService coupons;
    private final PointsMallService mall;
    private final StoredValueService storedValue;
    private final ReviewService reviews;
    private final SurveyService surveys;
    private final SalesService sales;
    private final CampaignService campaigns;
    private final JourneyService journeys;

    private Crm(Builder builder, CommandValidator validator) {
        this.storage = builder.observer != null ? new ObservedStorage(builder.storage, builder.observer) : builder.storage;
        this.clock = builder.clock;
        this.zone = builder.zone;
        EventPublisher events = new TimelineProjection(builder.eventPublisher != null ? builder.eventPublisher : storage.outbox(),
                storage.timeline());
        IdGenerator ids = Plugins.one(IdGenerator.class, "id generator", builder.idGenerator, IdGenerator.timeOrdered());
        this.customers = new CustomerService(
                storage.customers(), storage.interactions(), storage.transactions(), events, validator, clock, ids, storage.churnReasons(),
                zone);
        this.tiers = new TierService(storage.memberships(), storage.customers(), storage.transactions(), events, validator, clock, ids,
                QualifyingMetrics.registry(builder.metricFactories), TierPolicies.registry(builder.policyFactories));
        TierLookup tierLookup = builder.tierLookup != null ? builder.tierLookup : new TierServiceLookup(tiers);
        this.loyalty = new LoyaltyService(storage.programmes(), storage.pointsLedger(), storage.customers(),
                tierLookup, Plugins.all(EarningRule.class, "earning rule", EarningRule::name, builder.earningRules, List.of()),
                ExpiryPolicies.registry(builder.expiryFactories), storage.transactions(), events, validator, clock, ids);
        this.complaints = new ComplaintService(
                new CasePorts(storage.cases(), storage.casePolicies(), storage.surveys(), storage.customers(), storage.purchases()),
                new CaseExtensions(tierLookup, loyalty,
                        Plugins.all(CaseRouter.class, "case router", CaseRouter::name, builder.caseRouters, List.of()),
                        Plugins.all(EscalationRule.class, "escalation rule", EscalationRule::name, builder.escalationRules, List.of()),
                        Plugins.one(Notifier.class, "notifier", builder.notifier, Notifier.NONE)),
                storage.transactions(), events, validator, clock, ids, zone);
        LifecycleAutomation lifecycle = new LifecycleAutomation(storage.customers(), Plugins.one(LifecyclePolicy.class, "lifecycle policy", builder.lifecyclePolicy, LifecyclePolicies.standard()),
                storage.transactions(), events, clock, ids);
        this.value = new ValueService(storage.purchases(), storage.customerValues(), storage.customers(), lifecycle,
                storage.transactions(), storage.laggingReads(), events, validator, clock, ids, zone);
        this.timeline = new CustomerTimeline(storage.timeline(), storage.customers(), storage.transactions());
        this.segments = new SegmentService(storage.customers(), storage.purchases(), storage.customerValues(), tiers,
                storage.laggingReads(), clock, zone);
        this.privacy = PrivacyService.forStorage(storage, customers, clock);
        this.coupons = new CouponService(storage.coupons(), storage.customers(), segments, storage.transactions(), events, validator, clock,
                ids, zone, Plugins.all(CouponRule.class, "coupon rule", CouponRule::name, builder.couponRules, List.of()));
        this.commerce = new CommerceService(value, loyalty, tiers, lifecycle, storage.transactions(), validator, coupons);
        this.checkout = new CheckoutService(storage.checkouts(), loyalty, tiers, coupons, storage.customers(),
                Plugins.one(MemberPricing.class, "member pricing", builder.memberPricing, MemberPricing.tierDiscount()),
                storage.transactions(), events, validator, clock, ids);
        this.mall = new PointsMallService(storage.pointsMall(), storage.customers(), loyalty, tiers, storage.transactions(), events,
                validator, clock, zone, ids);
        this.storedValue = new StoredValueService(storage.storedValueCards(), storage.customers(), storage.transactions(), events,
                validator, clock, ids, zone);
        this.reviews = new ReviewService(storage.reviews(), storage.customers(), value, loyalty, storage.transactions(), events, validator,
                clock, ids);
        this.surveys = new SurveyService(storage.surveyBook(), storage.customers(), loyalty, storage.transactions(), events, validator, clock,
                ids);
        this.sales = new SalesService(new SalesPorts(storage.leads(), storage.opportunities(), storage.followUpTasks(),
                storage.businessAccounts(), customers, storage.purchases()), storage.transactions(), events, validator, clock, ids, zone,
                Plugins.one(CreditPolicy.class, "credit policy", builder.creditPolicy, CreditPolicy.standard()));
        MessageChannels channels = MessageChannels.of(Plugins.all(MessageChannel.class, "message channel", MessageChannel::name,
                builder.messageChannels, MessageChannels.builtIn()));
        this.campaigns = new CampaignService(new CampaignPorts(storage.campaigns(), storage.customers(), storage.purchases(), segments,
                coupons, loyalty), channels, storage.transactions(), events, validator, clock, ids, zone);
        this.journeys = new JourneyService(new JourneyPorts(storage.journeys(), storage.customers(), storage.purchases(),
                storage.customerValues(), tiers, loyalty, coupons), channels, storage.transactions(), events, validator, clock, ids, zone);
    }

    /** Starts configuring a new instance. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The one door for commerce facts: a paid purchase, a refund, a cancellation, each applied to
     * the purchase history, points, growth value, lifecycle stage and timeline in one unit of work.
     */
    public CommerceService commerce() {
        return commerce;
    }

    /** Each customer's 360° timeline: what happened to them in every context, newest first. */
    public CustomerTimeline timeline() {
        return timeline;
    }

    /** The customer context: profiles, lifecycle, interactions, export and erasure. */
    public CustomerService customers() {
        return customers;
    }

    /** The loyalty context: programmes, points accounts, earning, holds, redemption, refunds. */
    public LoyaltyService loyalty() {
        return loyalty;
    }

    /** The tier context: ladders, growth value, upgrades, assessments, history. */
    public TierService tiers() {
        return tiers;
    }

    /** The complaint context: cases, SLA clocks, escalation, resolution, satisfaction and opinion surveys. */
    public ComplaintService complaints() {
        return complaints;
    }

    /**
     * The customer-value context: the purchase history and the value figures computed from it
     * (RFM, P(alive), CLV, churn). Record purchases through {@link #commerce()}.
     */
    public ValueService value() {
        return value;
    }

    /** The segment context: composable criteria over profile, tier, purchases and value scores; members and counts. */
    public SegmentService segments() {
        return segments;
    }

    /**
     * Privacy rights over every context: export everything held about a customer, erase their
     * personal data everywhere (PIPL, GDPR).
     */
    public PrivacyService privacy() {
        return privacy;
    }

    /**
     * The checkout quote: member prices, shipping and points as cash for a basket, reserved for an
     * order at once and committed or released together.
     *
     * @since 0.2
     */
    public CheckoutService checkout() {
        return checkout;
    }

    /**
     * The coupon part of the offer context: templates, issuing, evaluation, the checkout lock, refunds.
     *
     * @since 0.2
     */
    public CouponService coupons() {
        return coupons;
    }

    /**
     * The points mall (积分商城, 积分换购): reward catalogues, redemption for points (plus cash), and
     * fulfilment.
     *
     * @since 0.2
     */
    public PointsMallService mall() {
        return mall;
    }

    /**
     * Stored-value cards (gift cards, fuel cards, e-accounts): issue, top-up, pay, refund, transfer,
     * expiry, statements and the stored-value liability.
     *
     * @since 0.2
     */
    public StoredValueService storedValue() {
        return storedValue;
    }

    /**
     * Reviews and ratings (评价): reviews of bought order lines, moderation, the review bonus once
     * per order line, and each product's rating.
     *
     * @since 0.2
     */
    public ReviewService reviews() {
        return reviews;
    }

    /**
     * Marketing surveys (有奖参与调查): typed questions, one response per customer, an optional
     * reward paid once, results per question.
     *
     * @since 0.2
     */
    public SurveyService surveys() {
        return surveys;
    }

    /**
     * Sales follow-up (客源, 跟踪回访, 大客户): leads, opportunities in a funnel, follow-up tasks with
     * reminders, the conversion report, business accounts and their credit terms.
     *
     * @since 0.2
     */
    public SalesService sales() {
        return sales;
    }

    /**
     * Campaigns (市场活动): a message with a coupon, points or nothing else to a segment, with a
     * random control group held out; sharded sends within consent, quiet hours and frequency caps;
     * the response and uplift report.
     *
     * @since 0.2
     */
    public CampaignService campaigns() {
        return campaigns;
    }

    /**
     * Triggered journeys: a review request after the first purchase, a win-back offer when P(alive)
     * falls, reminders before a tier drops or points expire; each once per customer per window.
     *
     * @since 0.2
     */
    public JourneyService journeys() {
        return journeys;
    }

    /** The event outbox to drain, e.g. to forward events to a message broker. */
    public EventOutbox outbox() {
        return storage.outbox();
    }

    /** The clock every service reads. */
    public Clock clock() {
        return clock;
    }

    /** The default zone for calendar rules (expiry dates, business hours). */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Configures a {@link Crm}. Only the storage is required.
     *
     * @since 0.1
     */
    public static final class Builder {

        private @Nullable CrmStorage storage;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = DEFAULT_ZONE;
        private @Nullable EventPublisher eventPublisher;
        private @Nullable Validator validator;
        private @Nullable IdGenerator idGenerator;
        private @Nullable TierLookup tierLookup;
        private final List<EarningRule> earningRules = new ArrayList<>();
        private final List<CaseRouter> caseRouters = new ArrayList<>();
        private final List<EscalationRule> escalationRules = new ArrayList<>();
        private @Nullable Notifier notifier;
        private @Nullable LifecyclePolicy lifecyclePolicy;
        private final List<QualifyingMetricFactory> metricFactories = new ArrayList<>();
        private final List<TierPolicyFactory> policyFactories = new ArrayList<>();
        private final List<ExpiryPolicyFactory> expiryFactories = new ArrayList<>();
        private OperationObserver observer;
        private @Nullable MemberPricing memberPricing;
        private final List<CouponRule> couponRules = new ArrayList<>();
        private @Nullable CreditPolicy creditPolicy;
        private final List<MessageChannel> messageChannels = new ArrayList<>();

        private Builder() {}

        /**
         * Tells {@code observer} about every operation (each outermost unit of work: a command, a
         * page of a batch job), its retries and its end, for metrics; by default none, and then
         * crmkit spends nothing on it.
         *
         * @since 0.2
         */
        public Builder observer(OperationObserver observer) {
            this.observer = checkNotNull(observer, "observer");
            return this;
        }

        /**
         * How the loyalty and complaint contexts learn a customer's tier (tier multipliers; case
         * routing, priorities and SLA targets); by default they ask this instance's {@link #tiers()}
         * (members of a programme's ladder).
         */
        public Builder tierLookup(TierLookup lookup) {
            this.tierLookup = checkNotNull(lookup, "lookup");
            return this;
        }

        /**
         * Adds an earning rule plug-in. Rules given here run in the order given, before those
         * discovered with {@link java.util.ServiceLoader}; a discovered rule with the same name as
         * a given one is skipped.
         */
        public Builder earningRule(EarningRule rule) {
            this.earningRules.add(checkNotNull(rule, "rule"));
            return this;
        }

        /**
         * Adds a case router plug-in. Routers given here run in the order given, before those
         * discovered with {@link java.util.ServiceLoader} (skipped if their name is taken), and all
         * before each tenant's routing table.
         */
        public Builder caseRouter(CaseRouter router) {
            this.caseRouters.add(checkNotNull(router, "router"));
            return this;
        }

        /**
         * Adds a factory of qualifying metrics, so that ladders may name its kind. It wins over a
         * factory of the same kind discovered with {@link java.util.ServiceLoader}.
         */
        public Builder qualifyingMetricFactory(QualifyingMetricFactory factory) {
            this.metricFactories.add(checkNotNull(factory, "factory"));
            return this;
        }

        /**
         * Adds an escalation rule plug-in. Rules given here run in the order given, before those
         * discovered with {@link java.util.ServiceLoader} (skipped if their name is taken), and all
         * before the built-in rules.
         */
        public Builder escalationRule(EscalationRule rule) {
            this.escalationRules.add(checkNotNull(rule, "rule"));
            return this;
        }

        /**
         * How purchases and scoring runs move customers' lifecycle stages. It wins over a policy
         * discovered with {@link java.util.ServiceLoader}; by default {@link
         * LifecyclePolicies#standard()}. {@link LifecyclePolicies#manual()} turns the automation off.
         */
        public Builder lifecyclePolicy(LifecyclePolicy policy) {
            this.lifecyclePolicy = checkNotNull(policy, "policy");
            return this;
        }

        /**
         * Where escalation notices go (SMS, mail, chat). It wins over a notifier discovered with
         * {@link java.util.ServiceLoader}; by default notices go nowhere.
         */
        public Builder notifier(Notifier notifier) {
            this.notifier = checkNotNull(notifier, "notifier");
            return this;
        }

        /**
         * How the checkout prices each line for a member. It wins over a pricing discovered with
         * {@link java.util.ServiceLoader}; by default {@link MemberPricing#tierDiscount()}, the
         * tier's member-price discount.
         *
         * @since 0.2
         */
        public Builder memberPricing(MemberPricing pricing) {
            this.memberPricing = checkNotNull(pricing, "pricing");
            return this;
        }

        /**
         * Adds a factory of tier policies, so that ladders may name its kind. It wins over a factory
         * of the same kind discovered with {@link java.util.ServiceLoader}.
         */
        public Builder tierPolicyFactory(TierPolicyFactory factory) {
            this.policyFactories.add(checkNotNull(factory, "factory"));
            return this;
        }

        /**
         * Adds a factory of points expiry policies, so that programmes may name its kind. It wins
         * over a factory of the same kind discovered with {@link java.util.ServiceLoader}, and over
         * a built-in kind ({@link ExpiryPolicies}). A programme whose expiry policy no factory can
         * make again from its spec is refused when defined.
         */
        public Builder expiryPolicyFactory(ExpiryPolicyFactory factory) {
            this.expiryFactories.add(checkNotNull(factory, "factory"));
            return this;
        }

        /** Where data lives: {@code new InMemoryStorage()} or {@code JdbcStorage.create(dataSource)}. Required. */
        public Builder storage(CrmStorage storage) {
            this.storage = checkNotNull(storage, "storage");
            return this;
        }

        /** The source of all time; defaults to {@link Clock#systemUTC()}. Tests pass a movable clock. */
        public Builder clock(Clock clock) {
            this.clock = checkNotNull(clock, "clock");
            return this;
        }

        /** The default zone for calendar rules; defaults to {@link #DEFAULT_ZONE} (Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = checkNotNull(zone, "zone");
            return this;
        }

        /**
         * Replaces the storage's transactional outbox as the receiver of events. The publisher is
         * called inside each unit of work; if it throws, the change rolls back.
         */
        public Builder eventPublisher(EventPublisher publisher) {
            this.eventPublisher = checkNotNull(publisher, "publisher");
            return this;
        }

        /**
         * Where new ids come from (customer and case ids the host does not give, ledger entries,
         * lots, holds, interactions, event ids). It wins over a generator discovered with {@link
         * java.util.ServiceLoader}; by default {@link IdGenerator#timeOrdered()}, version 7 UUIDs.
         */
        public Builder idGenerator(IdGenerator generator) {
            this.idGenerator = checkNotNull(generator, "generator");
            return this;
        }

        /**
         * Adds a coupon rule plug-in, which coupon templates may then name. It wins over a rule of the
         * same name discovered with {@link java.util.ServiceLoader}.
         *
         * @since 0.2
         */
        public Builder couponRule(CouponRule rule) {
            this.couponRules.add(checkNotNull(rule, "rule"));
            return this;
        }

        /**
         * How business accounts' credit terms are decided. It wins over a policy discovered with
         * {@link java.util.ServiceLoader}; by default {@link CreditPolicy#standard()}.
         *
         * @since 0.2
         */
        public Builder creditPolicy(CreditPolicy policy) {
            this.creditPolicy = checkNotNull(policy, "policy");
            return this;
        }

        /**
         * Adds a message channel (SMS, e-mail, app push, WeChat) that campaigns may name. It wins over a
         * channel of the same name discovered with {@link java.util.ServiceLoader}, and over the
         * built-in outbox channels ({@code sms}, {@code email}, ...; see {@link MessageChannels}).
         *
         * @since 0.2
         */
        public Builder messageChannel(MessageChannel channel) {
            this.messageChannels.add(checkNotNull(channel, "channel"));
            return this;
        }

        /** The validator for commands; by default one is discovered on the class path. */
        public Builder validator(Validator validator) {
            this.validator = checkNotNull(validator, "validator");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @throws IllegalStateException if no storage was set
         * @throws org.crmkit.shared.ValidatorMissingException if no validator was set and none
         *     can be found on the class path
         */
        public Crm build() {
            if (storage == null) {
                throw new IllegalStateException("Crm.builder() needs a storage: call .storage(new InMemoryStorage())"
                        + " for tests, or .storage(JdbcStorage.create(dataSource)) from crm-jdbc-adapter");
            }
            CommandValidator commandValidator = validator != null ? CommandValidator.using(validator) : CommandValidator.discover();
            return new Crm(this, commandValidator);
        }
    }
}
