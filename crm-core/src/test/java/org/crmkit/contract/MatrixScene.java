package org.crmkit.contract;

import java.time.ZoneId;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;

/**
 * What one cell of the command matrix runs against: a fresh tenant with a loyalty programme and a
 * customer, Li; everything else a command needs (a second customer, a tier ladder, points, a
 * hold, an order, a case in each state) is made the first time a command's base asks for it.
 */
final class MatrixScene {

    static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Crm crm;
    private final TenantId tenant = Tenants.fresh();
    private final CustomerId li;
    private CustomerId han;
    private boolean ladder;
    private boolean points;
    private String holdId;
    private String order;
    private String mallOrder;
    private String checkoutOrder;
    private String cardOfLi;
    private String cardOfHan;
    private String cardPayment;

    MatrixScene(Crm crm) {
        this.crm = crm;
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).bonus(BonusEvent.REVIEW, 50).build());
        li = register("Li Lei");
    }

    Crm crm() {
        return crm;
    }

    TenantId tenant() {
        return tenant;
    }

    CustomerId li() {
        return li;
    }

    /** A second customer of the tenant. */
    CustomerId han() {
        if (han == null) {
            han = register("Han Meimei");
        }
        return han;
    }

    /** The tenant's two-tier ladder on the programme. */
    TierLadder definedLadder() {
        TierLadder defined = ladder(tenant);
        if (!ladder) {
            crm.tiers().defineLadder(defined);
            ladder = true;
        }
        return defined;
    }

    static TierLadder ladder(TenantId tenantId) {
        return TierLadder.of(tenantId, PROGRAMME, List.of(Tier.of("registered", "注册会员", 0), Tier.of("gold", "金牌会员", 1_000)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI);
    }

    /** Li holds 1,000 points. */
    MatrixScene pointsForLi() {
        if (!points) {
            crm.loyalty().grant(new GrantPoints(tenant, li, PROGRAMME, "welcome", 1_000, "welcome gift", null, "agent-1"));
            points = true;
        }
        return this;
    }

    /** The id of a hold of 100 of Li's points. */
    String holdId() {
        if (holdId == null) {
            pointsForLi();
            holdId = crm.loyalty().hold(new HoldPoints(tenant, li, PROGRAMME, "hold-1", 100, "o-held", null, null)).holdId();
        }
        return holdId;
    }

    /** The id of an order of CNY 100.00 Li paid in the programme. */
    String order() {
        if (order == null) {
            crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-paid", cny("100.00")).inProgramme(PROGRAMME));
            order = "o-paid";
        }
        return order;
    }

    /** The id of Li's gift card, holding CNY 500.00. */
    String cardOfLi() {
        if (cardOfLi == null) {
            cardOfLi = issueCard("GC-LI", li);
        }
        return cardOfLi;
    }

    /** The id of Han's gift card, holding CNY 500.00. */
    String cardOfHan() {
        if (cardOfHan == null) {
            cardOfHan = issueCard("GC-HAN", han());
        }
        return cardOfHan;
    }

    /** The key of a payment of CNY 100.00 from Li's card. */
    String cardPayment() {
        if (cardPayment == null) {
            crm.storedValue().pay(new PayWithCard(tenant, "card-pay-1", cardOfLi(), "o-card-paid", cny("100.00")));
            cardPayment = "card-pay-1";
        }
        return cardPayment;
    }

    private String issueCard(String cardId, CustomerId owner) {
        crm.storedValue().issue(new IssueCard(tenant, "issue-" + cardId, cardId, owner, cny("500.00"), CardExpiry.monthsAfterIssue(12)));
        return cardId;
    }

    /** A new complaint from Li, in {@code status} (NEW, IN_PROGRESS or RESOLVED). */
    CaseId caseIn(CaseStatus status) {
        CaseId id = crm.complaints().open(OpenCase.of(tenant, li, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "parcel crushed")).id();
        if (status == CaseStatus.NEW) {
            return id;
        }
        crm.complaints().move(MoveCase.to(tenant, id, CaseStatus.ACKNOWLEDGED, "agent-1"));
        crm.complaints().move(MoveCase.to(tenant, id, CaseStatus.IN_PROGRESS, "agent-1"));
        if (status == CaseStatus.RESOLVED) {
            crm.complaints().resolve(ResolveCase.of(tenant, id, ResolutionOutcome.EXPLANATION, "sent again", "agent-1"));
        }
        return id;
    }

    /** The code of a shipped good in the tenant's points mall: 200 points plus CNY 19.90, 50 in stock. */
    String mallItem() {
        if (crm.mall().item(tenant, PROGRAMME, "kettle").isEmpty()) {
            crm.mall().define(DefineReward.of(tenant, PROGRAMME, "kettle", "Kettle", 200, Fulfilment.SHIPPED_GOOD)
                    .withCash(cny("19.90")).withStock(50L));
        }
        return "kettle";
    }

    /** The id of Li's reserved mall order of one kettle. */
    String mallOrder() {
        if (mallOrder == null) {
            pointsForLi();
            mallOrder = crm.mall().redeem(new RedeemReward(tenant, li, PROGRAMME, mallItem(), 1, "mall-order-1")).orderId();
        }
        return mallOrder;
    }

    /** A basket of two lines and a shipping fee, in CNY. */
    static Cart basket() {
        return new Cart(List.of(new CartLine("nuts-500g", "snacks", 2, cny("100.00")), new CartLine("tea-250g", null, 1, cny("59.90"))),
                cny("10.00"));
    }

    /** The order reference of Li's held checkout of {@link #basket()}, paying 100 points. */
    String checkoutOrder() {
        if (checkoutOrder == null) {
            pointsForLi();
            checkoutOrder = crm.checkout().hold(HoldCheckout.of(tenant, li, PROGRAMME, "checkout-hold-1", "o-checkout", basket(), 100L))
                    .orderReference();
        }
        return checkoutOrder;
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private CustomerId register(String name) {
        return crm.customers().register(RegisterCustomer.of(tenant, name, SourceChannel.APP)).id();
    }
}
