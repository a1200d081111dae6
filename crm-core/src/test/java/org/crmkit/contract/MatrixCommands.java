package org.crmkit.contract;

import static org.crmkit.contract.MatrixScene.PROGRAMME;
import static org.crmkit.contract.MatrixScene.cny;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.crmkit.Crm;
import org.crmkit.complaint.AssignCase;
import org.crmkit.complaint.BusinessCalendar;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalateCase;
import org.crmkit.complaint.EscalationPolicy;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.OrderLink;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.RecordNps;
import org.crmkit.complaint.RecordResponse;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.complaint.RoutingRule;
import org.crmkit.complaint.RoutingTable;
import org.crmkit.complaint.SlaPolicy;
import org.crmkit.complaint.SlaRule;
import org.crmkit.complaint.SlaTargets;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.CreditStanding;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.RecordInteraction;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.OrderLine;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.offer.mall.CancelMallOrder;
import org.crmkit.offer.CommitCheckout;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.QuoteCheckout;
import org.crmkit.offer.ReleaseCheckout;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.ShipMallOrder;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.TopUpCard;
import org.crmkit.offer.card.TransferBetweenCards;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.SalesDimension;
import org.crmkit.segment.SalesQuery;
import org.crmkit.segment.Segment;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierLadder;
import org.crmkit.value.ChurnBands;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.scoring.ScoreCustomers;

/**
 * The one hand-written part of the command matrix: for each public service method that takes a
 * command, a valid command with every optional part filled in (so each field is there to be
 * replaced), built on a scene, and how to run it through the public API. Keyed like {@link
 * CommandMatrixContract#publicCommands()}: {@code Service.method(ParameterTypes)}.
 */
final class MatrixCommands {

    /** Runs a command through the public API; returns what the API returned. */
    @FunctionalInterface
    interface Invoker {
        Object run(Crm crm, MatrixScene scene, Object command);
    }

    /** A valid base command and how to run it. */
    record CommandCase(Function<MatrixScene, Record> base, Invoker invoke) {}

    private static final Instant PAID_AT = Instant.parse("2025-05-01T02:00:00Z");

    private MatrixCommands() {}

    /** Every command case, by method. */
    static Map<String, CommandCase> all() {
        Map<String, CommandCase> all = new TreeMap<>();
        commerce(all);
        complaints(all);
        customers(all);
        loyalty(all);
        segments(all);
        tiers(all);
        value(all);
        mall(all);
        checkout(all);
        storedValue(all);
        MatrixCouponCommands.add(all);
        MatrixEngagementCommands.add(all);
        MatrixSalesCommands.add(all);
        MatrixCampaignCommands.add(all);
        return all;
    }

    private static void commerce(Map<String, CommandCase> all) {
        all.put("CommerceService.recordPurchase(RecordPurchase)", new CommandCase(MatrixCommands::purchase,
                (crm, s, c) -> crm.commerce().recordPurchase((RecordPurchase) c)));
        all.put("CommerceService.recordRefund(RecordRefund)", new CommandCase(MatrixCommands::refund,
                (crm, s, c) -> crm.commerce().recordRefund((RecordRefund) c)));
        all.put("CommerceService.cancelOrder(CancelOrder)", new CommandCase(MatrixCommands::cancel,
                (crm, s, c) -> crm.commerce().cancelOrder((CancelOrder) c)));
    }

    private static void value(Map<String, CommandCase> all) {
        all.put("ValueService.recordPurchase(RecordPurchase)", new CommandCase(MatrixCommands::purchase,
                (crm, s, c) -> crm.value().recordPurchase((RecordPurchase) c)));
        all.put("ValueService.recordRefund(RecordRefund)", new CommandCase(MatrixCommands::refund,
                (crm, s, c) -> crm.value().recordRefund((RecordRefund) c)));
        all.put("ValueService.cancelOrder(CancelOrder)", new CommandCase(MatrixCommands::cancel,
                (crm, s, c) -> crm.value().cancelOrder((CancelOrder) c)));
        all.put("ValueService.score(ScoreCustomers)", new CommandCase(s -> ScoreCustomers.of(s.tenant()),
                (crm, s, c) -> crm.value().score((ScoreCustomers) c)));
        all.put("ValueService.suggestStages(TenantId, ChurnBands, Consumer)", new CommandCase(s -> ChurnBands.DEFAULT,
                (crm, s, c) -> crm.value().suggestStages(s.tenant(), (ChurnBands) c, suggestion -> { })));
    }

    private static RecordPurchase purchase(MatrixScene s) {
        return new RecordPurchase(s.tenant(), s.li(), "o-new", PAID_AT, cny("99.50"),
                List.of(new PurchaseItem("sku-1", "snacks", 2, cny("99.50"))), "ALIPAY", "APP", PROGRAMME);
    }

    private static CancelOrder cancel(MatrixScene s) {
        return CancelOrder.of(s.tenant(), s.li(), s.order());
    }

    private static RecordRefund refund(MatrixScene s) {
        return new RecordRefund(s.tenant(), s.li(), s.order(), "r-1", cny("10.00"), PAID_AT.plusSeconds(86_400));
    }

    private static void complaints(Map<String, CommandCase> all) {
        all.put("ComplaintService.definePolicy(CasePolicy)", new CommandCase(s -> new CasePolicy(s.tenant(),
                BusinessCalendar.roundTheClock(MatrixScene.SHANGHAI),
                new SlaPolicy(SlaTargets.DEFAULT, List.of(SlaRule.forTier("gold", SlaTargets.DEFAULT)), 0.8),
                new RoutingTable(List.of(RoutingRule.category("delivery", "logistics")), "service"),
                new EscalationPolicy("supervisors", 3, Duration.ofDays(30)), Map.of("gold", Priority.P1), Duration.ofDays(7), 2, PROGRAMME),
                (crm, s, c) -> {
                    crm.complaints().definePolicy((CasePolicy) c);
                    return null;
                }));
        all.put("ComplaintService.open(OpenCase)", new CommandCase(s -> new OpenCase(s.tenant(), s.li(), CaseType.COMPLAINT, "delivery",
                CaseChannel.APP, "parcel crushed", "the box was wet", OrderLink.of("o-9", "sku-1"), Priority.P2, "east",
                List.of("photo-1.jpg"), "req-1", "customer"),
                (crm, s, c) -> crm.complaints().open((OpenCase) c)));
        all.put("ComplaintService.move(MoveCase)", new CommandCase(s -> MoveCase.to(s.tenant(), s.caseIn(CaseStatus.NEW),
                CaseStatus.ACKNOWLEDGED, "agent-1").noting("called back"), (crm, s, c) -> crm.complaints().move((MoveCase) c)));
        all.put("ComplaintService.respond(RecordResponse)", new CommandCase(s -> new RecordResponse(s.tenant(), s.caseIn(CaseStatus.NEW),
                "agent-1", "we are on it"), (crm, s, c) -> crm.complaints().respond((RecordResponse) c)));
        all.put("ComplaintService.assign(AssignCase)", new CommandCase(s -> new AssignCase(s.tenant(), s.caseIn(CaseStatus.NEW),
                "logistics", "agent-2", "lead-1", "needs a courier"), (crm, s, c) -> crm.complaints().assign((AssignCase) c)));
        all.put("ComplaintService.escalate(EscalateCase)", new CommandCase(s -> new EscalateCase(s.tenant(), s.caseIn(CaseStatus.NEW),
                1, "supervisors", "customer called twice", "agent-1"), (crm, s, c) -> crm.complaints().escalate((EscalateCase) c)));
        all.put("ComplaintService.resolve(ResolveCase)", new CommandCase(s -> new ResolveCase(s.tenant(),
                s.caseIn(CaseStatus.IN_PROGRESS), ResolutionOutcome.COMPENSATION, "sent again with an apology", 200, PROGRAMME, "agent-1"),
                (crm, s, c) -> crm.complaints().resolve((ResolveCase) c)));
        all.put("ComplaintService.recordSatisfaction(RecordSatisfaction)", new CommandCase(s -> new RecordSatisfaction(s.tenant(),
                s.caseIn(CaseStatus.RESOLVED), 4, "quick and kind"), (crm, s, c) -> crm.complaints().recordSatisfaction((RecordSatisfaction) c)));
        all.put("ComplaintService.recordNps(RecordNps)", new CommandCase(s -> new RecordNps(s.tenant(), s.li(), "nps-2025-q2", 9,
                "would recommend"), (crm, s, c) -> crm.complaints().recordNps((RecordNps) c)));
        all.put("ComplaintService.audit(TenantId, CaseId)", new CommandCase(s -> s.caseIn(CaseStatus.NEW),
                (crm, s, c) -> crm.complaints().audit(s.tenant(), (CaseId) c)));
        all.put("ComplaintService.sla(TenantId, CaseId)", new CommandCase(s -> s.caseIn(CaseStatus.NEW),
                (crm, s, c) -> crm.complaints().sla(s.tenant(), (CaseId) c)));
        all.put("ComplaintService.find(TenantId, CaseId)", new CommandCase(s -> s.caseIn(CaseStatus.NEW),
                (crm, s, c) -> crm.complaints().find(s.tenant(), (CaseId) c)));
    }

    private static void customers(Map<String, CommandCase> all) {
        all.put("CustomerService.register(RegisterCustomer)", new CommandCase(s -> new RegisterCustomer(s.tenant(), null, "Zhang Wei",
                List.of(ContactPoint.of(ContactType.EMAIL, "zhang@example.com")),
                new Demographics(LocalDate.of(1990, 3, 1), Gender.MALE, "east", "Hangzhou", "teacher"), Map.of("size", "XL"),
                Set.of("vip"), SourceChannel.APP, CreditStanding.GOOD, LifecycleStage.ACTIVE),
                (crm, s, c) -> crm.customers().register((RegisterCustomer) c)));
        all.put("CustomerService.updateProfile(UpdateProfile)", new CommandCase(s -> UpdateProfile.of(s.tenant(), s.li())
                .expectingVersion(s.crm().customers().get(s.tenant(), s.li()).version()).withDisplayName("Li Lei Jr")
                .withContacts(List.of(ContactPoint.of(ContactType.WECHAT, "lilei_wx")))
                .withDemographics(new Demographics(LocalDate.of(1985, 7, 9), Gender.MALE, "north", "Beijing", "engineer"))
                .withPreferences(Map.of("colour", "red")).withSourceChannel(SourceChannel.OFFLINE_STORE).withCreditStanding(CreditStanding.WATCH),
                (crm, s, c) -> crm.customers().updateProfile((UpdateProfile) c)));
        all.put("CustomerService.changeStage(ChangeStage)", new CommandCase(s -> new ChangeStage(s.tenant(), s.li(), LifecycleStage.QUALIFIED,
                "asked for a quote"), (crm, s, c) -> crm.customers().changeStage((ChangeStage) c)));
        all.put("CustomerService.addTags(ChangeTags)", new CommandCase(s -> ChangeTags.of(s.tenant(), s.li(), "vip"),
                (crm, s, c) -> crm.customers().addTags((ChangeTags) c)));
        all.put("CustomerService.removeTags(ChangeTags)", new CommandCase(s -> ChangeTags.of(s.tenant(), s.li(), "vip"),
                (crm, s, c) -> crm.customers().removeTags((ChangeTags) c)));
        all.put("CustomerService.recordConsent(RecordConsent)", new CommandCase(s -> new RecordConsent(s.tenant(), s.li(),
                MarketingChannel.SMS, true), (crm, s, c) -> crm.customers().recordConsent((RecordConsent) c)));
        all.put("CustomerService.recordInteraction(RecordInteraction)", new CommandCase(s -> new RecordInteraction(s.tenant(), s.li(),
                InteractionChannel.ONLINE_CHAT, InteractionDirection.INBOUND, InteractionType.INQUIRY, PAID_AT, "agent-1",
                "asked about delivery"), (crm, s, c) -> crm.customers().recordInteraction((RecordInteraction) c)));
    }

    private static void loyalty(Map<String, CommandCase> all) {
        all.put("LoyaltyService.defineProgramme(LoyaltyProgramme)", new CommandCase(s -> ProgrammeBuilder.aProgramme(s.tenant())
                .id("summer").campaign(Campaign.of("double-11", new BigDecimal("2"), PAID_AT, PAID_AT.plusSeconds(86_400)))
                .earning(e -> e.withCategoryMultiplier("snacks", new BigDecimal("1.5")).withProductMultiplier("sku-1", new BigDecimal("2"))
                        .withTierMultiplier("gold", new BigDecimal("1.2")).withCaps(5_000L, 20_000L)).bonus(BonusEvent.REVIEW, 50).build(),
                (crm, s, c) -> {
                    crm.loyalty().defineProgramme((LoyaltyProgramme) c);
                    return null;
                }));
        all.put("LoyaltyService.earnForPurchase(PurchaseOrder)", new CommandCase(s -> new PurchaseOrder(s.tenant(), s.li(), PROGRAMME,
                "earn-1", "o-earn", cny("88.00"), PAID_AT, List.of(new OrderLine("sku-1", "snacks", cny("88.00")))),
                (crm, s, c) -> crm.loyalty().earnForPurchase((PurchaseOrder) c)));
        all.put("LoyaltyService.earnBonus(EarnBonus)", new CommandCase(s -> new EarnBonus(s.tenant(), s.li(), PROGRAMME, "bonus-1",
                BonusEvent.REVIEW, "review-7"), (crm, s, c) -> crm.loyalty().earnBonus((EarnBonus) c)));
        all.put("LoyaltyService.grant(GrantPoints)", new CommandCase(s -> new GrantPoints(s.tenant(), s.li(), PROGRAMME, "grant-1", 300,
                "late parcel", "case-7", "agent-1"), (crm, s, c) -> crm.loyalty().grant((GrantPoints) c)));
        all.put("LoyaltyService.hold(HoldPoints)", new CommandCase(s -> new HoldPoints(s.pointsForLi().tenant(), s.li(), PROGRAMME,
                "hold-2", 200, "o-checkout", cny("50.00"), Duration.ofMinutes(15)), (crm, s, c) -> crm.loyalty().hold((HoldPoints) c)));
        all.put("LoyaltyService.commit(CommitHold)", new CommandCase(s -> new CommitHold(s.tenant(), "commit-1", s.holdId()),
                (crm, s, c) -> crm.loyalty().commit((CommitHold) c)));
        all.put("LoyaltyService.release(ReleaseHold)", new CommandCase(s -> new ReleaseHold(s.tenant(), "release-1", s.holdId()),
                (crm, s, c) -> crm.loyalty().release((ReleaseHold) c)));
        all.put("LoyaltyService.redeem(RedeemPoints)", new CommandCase(s -> new RedeemPoints(s.pointsForLi().tenant(), s.li(), PROGRAMME,
                "redeem-1", 100, "mug-1"), (crm, s, c) -> crm.loyalty().redeem((RedeemPoints) c)));
        all.put("LoyaltyService.refund(RefundOrder)", new CommandCase(s -> new RefundOrder(s.tenant(), s.li(), PROGRAMME, "refund-1",
                s.order(), cny("100.00"), cny("40.00")), (crm, s, c) -> crm.loyalty().refund((RefundOrder) c)));
        all.put("LoyaltyService.transfer(TransferPoints)", new CommandCase(s -> new TransferPoints(s.pointsForLi().tenant(), s.li(),
                PROGRAMME, "transfer-1", s.han(), 100, "gift to a friend"), (crm, s, c) -> crm.loyalty().transfer((TransferPoints) c)));
        all.put("LoyaltyService.adjust(AdjustPoints)", new CommandCase(s -> new AdjustPoints(s.pointsForLi().tenant(), s.li(), PROGRAMME,
                "adjust-1", -50, "duplicate grant", "agent-1"), (crm, s, c) -> crm.loyalty().adjust((AdjustPoints) c)));
    }

    private static void segments(Map<String, CommandCase> all) {
        Function<MatrixScene, Record> segment = s -> Segment.of("east vips", Criteria.allOf(Criteria.tagged("vip"), Criteria.region("east")));
        all.put("SegmentService.matches(TenantId, CustomerId, Segment)", new CommandCase(segment,
                (crm, s, c) -> crm.segments().matches(s.tenant(), s.li(), (Segment) c)));
        all.put("SegmentService.explain(TenantId, CustomerId, Segment)", new CommandCase(segment,
                (crm, s, c) -> crm.segments().explain(s.tenant(), s.li(), (Segment) c)));
        all.put("SegmentService.forEachMember(TenantId, Segment, int, int, Consumer)", new CommandCase(segment,
                (crm, s, c) -> crm.segments().forEachMember(s.tenant(), (Segment) c, 0, 1, id -> { })));
        all.put("SegmentService.count(TenantId, Segment)", new CommandCase(segment,
                (crm, s, c) -> crm.segments().count(s.tenant(), (Segment) c)));
        all.put("SegmentService.sales(SalesQuery)", new CommandCase(s -> {
            s.order();
            return new SalesQuery(s.tenant(), java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 6, 1),
                    java.util.Currency.getInstance("CNY"), List.of(SalesDimension.MONTH, SalesDimension.REGION),
                    Map.of(SalesDimension.CHANNEL, "unknown"), null, PROGRAMME);
        }, (crm, s, c) -> crm.segments().sales((SalesQuery) c)));
    }

    private static void tiers(Map<String, CommandCase> all) {
        all.put("TierService.defineLadder(TierLadder)", new CommandCase(s -> MatrixScene.ladder(s.tenant()),
                (crm, s, c) -> {
                    crm.tiers().defineLadder((TierLadder) c);
                    return null;
                }));
        all.put("TierService.recordPurchase(RecordTierPurchase)", new CommandCase(s -> {
            s.definedLadder();
            return new RecordTierPurchase(s.tenant(), s.li(), PROGRAMME, "tier-buy-1", "o-tier", cny("120.00"), PAID_AT,
                    List.of(new OrderLine("sku-2", "shoes", cny("120.00"))));
        }, (crm, s, c) -> crm.tiers().recordPurchase((RecordTierPurchase) c)));
        all.put("TierService.recordRefund(RecordTierRefund)", new CommandCase(s -> {
            s.definedLadder();
            return new RecordTierRefund(s.tenant(), s.li(), PROGRAMME, "tier-refund-1", s.order(), cny("100.00"), cny("30.00"), false,
                    PAID_AT.plusSeconds(3_600));
        }, (crm, s, c) -> crm.tiers().recordRefund((RecordTierRefund) c)));
        all.put("TierService.grantGrowth(GrantGrowth)", new CommandCase(s -> {
            s.definedLadder();
            return new GrantGrowth(s.tenant(), s.li(), PROGRAMME, "growth-1", 400, "product review");
        }, (crm, s, c) -> crm.tiers().grantGrowth((GrantGrowth) c)));
        all.put("TierService.override(OverrideTier)", new CommandCase(s -> {
            s.definedLadder();
            return new OverrideTier(s.tenant(), s.li(), PROGRAMME, "gold", "key account", "agent-1", PAID_AT.plusSeconds(30L * 86_400));
        }, (crm, s, c) -> crm.tiers().override((OverrideTier) c)));
    }

    private static void checkout(Map<String, CommandCase> all) {
        all.put("CheckoutService.quote(QuoteCheckout)", new CommandCase(s -> new QuoteCheckout(s.pointsForLi().tenant(), s.li(), PROGRAMME,
                MatrixScene.basket(), List.of(), 100L), (crm, s, c) -> crm.checkout().quote((QuoteCheckout) c)));
        all.put("CheckoutService.hold(HoldCheckout)", new CommandCase(s -> new HoldCheckout(s.pointsForLi().tenant(), s.li(), PROGRAMME,
                "checkout-1", "o-checkout-1", MatrixScene.basket(), List.of(), 100L, java.time.Duration.ofMinutes(5)),
                (crm, s, c) -> crm.checkout().hold((HoldCheckout) c)));
        all.put("CheckoutService.commit(CommitCheckout)", new CommandCase(s -> new CommitCheckout(s.tenant(), "pay-checkout-1",
                s.checkoutOrder()), (crm, s, c) -> crm.checkout().commit((CommitCheckout) c)));
        all.put("CheckoutService.release(ReleaseCheckout)", new CommandCase(s -> new ReleaseCheckout(s.tenant(), "cancel-checkout-1",
                s.checkoutOrder()), (crm, s, c) -> crm.checkout().release((ReleaseCheckout) c)));
    }

    private static void mall(Map<String, CommandCase> all) {
        all.put("PointsMallService.define(DefineReward)", new CommandCase(s -> new DefineReward(s.tenant(), PROGRAMME, "kettle-2",
                "Electric kettle", 200, cny("19.90"), 50L, 2, java.util.Set.of("gold"), java.time.LocalDate.of(2025, 5, 1),
                java.time.LocalDate.of(2025, 12, 31), Fulfilment.SHIPPED_GOOD, 0), (crm, s, c) -> crm.mall().define((DefineReward) c)));
        all.put("PointsMallService.redeem(RedeemReward)", new CommandCase(s -> new RedeemReward(s.pointsForLi().tenant(), s.li(), PROGRAMME,
                s.mallItem(), 2, "mall-1"), (crm, s, c) -> crm.mall().redeem((RedeemReward) c)));
        all.put("PointsMallService.ship(ShipMallOrder)", new CommandCase(s -> new ShipMallOrder(s.tenant(), s.mallOrder(), "SF1234567890"),
                (crm, s, c) -> crm.mall().ship((ShipMallOrder) c)));
        all.put("PointsMallService.cancel(CancelMallOrder)", new CommandCase(s -> new CancelMallOrder(s.tenant(), s.mallOrder(), "agent-1"),
                (crm, s, c) -> crm.mall().cancel((CancelMallOrder) c)));
    }
    private static void storedValue(Map<String, CommandCase> all) {
        all.put("StoredValueService.issue(IssueCard)", new CommandCase(s -> new IssueCard(s.tenant(), "card-issue-1", "GC-NEW", s.li(),
                cny("100.00"), CardExpiry.monthsAfterIssue(12)), (crm, s, c) -> crm.storedValue().issue((IssueCard) c)));
        all.put("StoredValueService.topUp(TopUpCard)", new CommandCase(s -> new TopUpCard(s.tenant(), "card-top-1", s.cardOfLi(),
                cny("50.00")), (crm, s, c) -> crm.storedValue().topUp((TopUpCard) c)));
        all.put("StoredValueService.pay(PayWithCard)", new CommandCase(s -> new PayWithCard(s.tenant(), "card-pay-2", s.cardOfLi(),
                "o-card", cny("30.00")), (crm, s, c) -> crm.storedValue().pay((PayWithCard) c)));
        all.put("StoredValueService.refund(RefundCardPayment)", new CommandCase(s -> new RefundCardPayment(s.tenant(), "card-refund-1",
                s.cardPayment(), cny("10.00")), (crm, s, c) -> crm.storedValue().refund((RefundCardPayment) c)));
        all.put("StoredValueService.transfer(TransferBetweenCards)", new CommandCase(s -> new TransferBetweenCards(s.tenant(),
                "card-move-1", s.cardOfLi(), s.cardOfHan(), cny("20.00")),
                (crm, s, c) -> crm.storedValue().transfer((TransferBetweenCards) c)));
    }
}
