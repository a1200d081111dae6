package org.crmkit.contract;

import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.RecordChurnReason;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.marketing.survey.Answer;
import org.crmkit.marketing.survey.DefineSurvey;
import org.crmkit.marketing.survey.Question;
import org.crmkit.marketing.survey.RespondToSurvey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalateCase;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.RecordNps;
import org.crmkit.complaint.RecordResponse;
import org.crmkit.complaint.RecordSatisfaction;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.ShipMallOrder;
import org.crmkit.sales.AddContact;
import org.crmkit.sales.BusinessAccount;
import org.crmkit.sales.CaptureLead;
import org.crmkit.sales.ConvertLead;
import org.crmkit.sales.Lead;
import org.crmkit.sales.MoveOpportunity;
import org.crmkit.sales.OpenAccount;
import org.crmkit.sales.OpenOpportunity;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.RecordInvoice;
import org.crmkit.sales.ScheduleTask;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.InteractionCommandBuilder;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.scoring.ScoreCustomers;

/**
 * One customer, Qiu Xiaoyan, with activity in every context, each piece of free text she or an
 * agent wrote about her carrying a distinctive string: the profile, an interaction, two purchases
 * and a refund, a grant and an adjustment with personal reasons, a tier override with a personal
 * reason, a complaint with subject, description, attachment, region, a response, a note, an
 * escalation, a goodwill resolution, a CSAT comment, a reopen, an NPS comment, and a points-mall reward
 * shipped under a tracking reference with her name and number. The value
 * scores are computed too. Used by the privacy suites and the database scans.
 */
public final class PrivacyScenario {

    /** Her name. */
    public static final String NAME = "Qiu Xiaoyan 邱晓燕";
    /** Her mobile as stored (normalised) holds this. */
    public static final String MOBILE_DIGITS = "13987654321";
    public static final String EMAIL = "qiu.xiaoyan@example.org";
    public static final String ADDRESS = "上海市徐汇区漕溪北路 595 号";
    public static final String OCCUPATION = "harpsichord tuner";
    public static final String INTERACTION = "Qiu Xiaoyan phoned about her harpsichord order";
    public static final String SUBJECT = "Harpsichord arrived with a cracked soundboard at Qiu's flat";
    public static final String DESCRIPTION = "Ms Qiu says the courier dropped it on the stairs";
    public static final String ATTACHMENT = "https://files.example.org/qiu-xiaoyan/photo1.jpg";
    public static final String REGION = "Xuhui district of Qiu";
    public static final String RESPONSE = "Called Ms Qiu back on " + MOBILE_DIGITS;
    public static final String NOTE = "Qiu Xiaoyan agreed to wait for a technician";
    public static final String ESCALATION = "Qiu Xiaoyan threatens to go to the press";
    public static final String RESOLUTION = "Refund agreed with Qiu Xiaoyan for the soundboard";
    public static final String CSAT = "Thank you, Xiaoyan is happy now";
    public static final String REOPEN = "Qiu reopened: the technician never came";
    public static final String NPS = "Qiu Xiaoyan would recommend you to her orchestra";
    public static final String GRANT_REASON = "birthday gift for Qiu Xiaoyan";
    public static final String ADJUST_REASON = "compensation for Qiu Xiaoyan's broken harpsichord";
    public static final String OVERRIDE_REASON = "Qiu Xiaoyan is the CEO's sister";
    /** The tracking reference of the points-mall reward shipped to her. */
    public static final String TRACKING = "SF-QIU-XIAOYAN-" + MOBILE_DIGITS;
    /** Her review of the harpsichord (issue 16). */
    public static final String REVIEW = "Qiu Xiaoyan: the harpsichord sounds lovely in my flat";
    /** Her free-text survey answer. */
    public static final String SURVEY_ANSWER = "Deliver to Qiu at 漕溪北路 on weekends";
    /** The note of her churn reason. */
    public static final String CHURN_NOTE = "Qiu Xiaoyan found a cheaper harpsichord tuner";

    /** A note taken on the lead she was, a sales deal with her and a follow-up visit. */
    public static final String LEAD_NOTE = "Qiu Xiaoyan wants her harpsichord tuned monthly";
    public static final String DEAL = "Harpsichord care plan for Qiu Xiaoyan";
    public static final String VISIT = "Visit Qiu Xiaoyan's studio";

    /** Every distinctive string, and the fragments (surname, given name, number) they share. */
    public static final List<String> SECRETS = List.of(NAME, MOBILE_DIGITS, EMAIL, ADDRESS, OCCUPATION, INTERACTION, SUBJECT,
            DESCRIPTION, ATTACHMENT, REGION, RESPONSE, NOTE, ESCALATION, RESOLUTION, CSAT, REOPEN, NPS, GRANT_REASON, ADJUST_REASON,
            OVERRIDE_REASON, TRACKING, REVIEW, SURVEY_ANSWER, CHURN_NOTE, LEAD_NOTE, DEAL, VISIT, "Qiu", "qiu", "Xiaoyan", "邱晓燕", "漕溪北路",
            "harpsichord", "Harpsichord");

    /** Facts an export must show (order ids, refund, case number, survey key, tier code). */
    public final CustomerId qiu;
    public final String firstOrder;
    public final String secondOrder;
    public final String caseNumber;
    public final String surveyKey;
    public final Case complaint;

    private PrivacyScenario(CustomerId qiu, String firstOrder, String secondOrder, Case complaint, String surveyKey) {
        this.qiu = qiu;
        this.firstOrder = firstOrder;
        this.secondOrder = secondOrder;
        this.complaint = complaint;
        this.caseNumber = complaint.number();
        this.surveyKey = surveyKey;
    }

    /** She was a lead, converted; a deal with her moved to PROPOSAL with a visit planned; she is a contact of an account with an invoice. */
    private static void sales(Crm crm, TenantId tenant, CustomerId qiu) {
        Lead lead = crm.sales().capture(new CaptureLead(tenant, "lead-" + qiu.value(), NAME, EMAIL, "concert", List.of("harpsichord strings"),
                "agent-9", LEAD_NOTE));
        crm.sales().convert(new ConvertLead(tenant, "conv-" + qiu.value(), lead.leadId(), 1, qiu, SourceChannel.REFERRAL));
        Opportunity deal = crm.sales().open(new OpenOpportunity(tenant, "deal-" + qiu.value(), DEAL, "agent-9", "concert", qiu, null,
                Money.of("3000.00", "CNY"), 50, "call Qiu on " + MOBILE_DIGITS, null));
        crm.sales().move(new MoveOpportunity(tenant, deal.opportunityId(), 1, "PROPOSAL", null));
        crm.sales().schedule(new ScheduleTask(tenant, "visit-" + qiu.value(), VISIT, "agent-9", null, deal.opportunityId(), null, null,
                LocalDateTime.of(2026, 3, 10, 10, 0), 60));
        BusinessAccount ensemble = crm.sales().openAccount(new OpenAccount(tenant, "acc-" + qiu.value(), "Shanghai Baroque Ensemble",
                "agent-9", Currency.getInstance("CNY")));
        crm.sales().addContact(new AddContact(tenant, ensemble.accountId(), 1, qiu, NAME, "music director", "+86 " + MOBILE_DIGITS, EMAIL));
        LocalDate issued = LocalDate.of(2026, 1, 5);
        crm.sales().recordInvoice(new RecordInvoice(tenant, ensemble.accountId(), "ENS-1", Money.of("900.00", "CNY"), issued,
                issued.plusDays(30), issued.plusDays(20)));
    }

    /** Runs the whole story for a new customer of {@code tenant}, moving {@code clock} forward. */
    public static PrivacyScenario run(Crm crm, MutableClock clock, TenantId tenant) {
        crm.loyalty().defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
        crm.tiers().defineLadder(TierLadder.of(tenant, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "注册会员", 0),
                Tier.of("gold", "金牌会员", 1_000), Tier.of("diamond", "钻石会员", 100_000)), QualifyingMetrics.growthValue(), TierPolicies.jd(),
                Crm.DEFAULT_ZONE));
        CustomerId qiu = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName(NAME)
                .contacts(ContactPoint.verified(ContactType.MOBILE, "139 8765 4321"), ContactPoint.of(ContactType.EMAIL, EMAIL),
                        ContactPoint.of(ContactType.POSTAL_ADDRESS, ADDRESS))
                .demographics(new Demographics(LocalDate.of(1990, 3, 8), Gender.FEMALE, "上海", "Shanghai", OCCUPATION))
                .preferences(Map.of("instrument", "harpsichord")).tags(Set.of("musician")).build()).id();
        clock.advance(Duration.ofMinutes(1));
        crm.customers().recordInteraction(InteractionCommandBuilder.anInteraction(tenant, qiu).summary(INTERACTION).build());

        String firstOrder = "order-" + qiu.value() + "-1";
        String secondOrder = "order-" + qiu.value() + "-2";
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, qiu, firstOrder, Money.of("1999.00", "CNY")).inProgramme(ProgrammeId.DEFAULT)
                .withItems(List.of(PurchaseItem.of("SKU-HC-01", "instruments", Money.of("1999.00", "CNY")))).via("alipay", "app"));
        clock.advance(Duration.ofDays(3));
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, qiu, secondOrder, Money.of("300.00", "CNY")).inProgramme(ProgrammeId.DEFAULT));
        clock.advance(Duration.ofHours(1));
        crm.commerce().recordRefund(RecordRefund.of(tenant, qiu, secondOrder, "refund-" + qiu.value(), Money.of("100.00", "CNY")));
        crm.loyalty().grant(new GrantPoints(tenant, qiu, ProgrammeId.DEFAULT, "gift-" + qiu.value(), 88, GRANT_REASON, null, "agent-li"));
        crm.loyalty().adjust(new AdjustPoints(tenant, qiu, ProgrammeId.DEFAULT, "adjust-" + qiu.value(), 50, ADJUST_REASON, "agent-li"));
        crm.tiers().override(new OverrideTier(tenant, qiu, ProgrammeId.DEFAULT, "diamond", OVERRIDE_REASON, "agent-li",
                clock.instant().plus(Duration.ofDays(365))));

        clock.advance(Duration.ofMinutes(5));
        Case c = crm.complaints().open(OpenCase.of(tenant, qiu, CaseType.COMPLAINT, "delivery", CaseChannel.APP, SUBJECT)
                .describedAs(DESCRIPTION).withAttachments(List.of(ATTACHMENT)).fromRegion(REGION));
        crm.complaints().respond(new RecordResponse(tenant, c.id(), "agent-li", RESPONSE));
        crm.complaints().move(MoveCase.to(tenant, c.id(), CaseStatus.ACKNOWLEDGED, "agent-li"));
        crm.complaints().move(MoveCase.to(tenant, c.id(), CaseStatus.IN_PROGRESS, "agent-li").noting(NOTE));
        crm.complaints().escalate(new EscalateCase(tenant, c.id(), 1, null, ESCALATION, "agent-li"));
        clock.advance(Duration.ofHours(2));
        crm.complaints().resolve(ResolveCase.of(tenant, c.id(), ResolutionOutcome.COMPENSATION, RESOLUTION, "agent-li").withGoodwill(200));
        crm.complaints().recordSatisfaction(new RecordSatisfaction(tenant, c.id(), 4, CSAT));
        clock.advance(Duration.ofHours(1));
        Case reopened = crm.complaints().move(MoveCase.to(tenant, c.id(), CaseStatus.REOPENED, "agent-li").noting(REOPEN));
        String surveyKey = "nps-" + qiu.value();
        crm.complaints().recordNps(new RecordNps(tenant, qiu, surveyKey, 9, NPS));
        crm.checkout().hold(new HoldCheckout(tenant, qiu, ProgrammeId.DEFAULT, "hold-" + qiu.value(), "order-" + qiu.value() + "-3",
                new Cart(List.of(new CartLine("SKU-HC-02", "instruments", 1, Money.of("50.00", "CNY"))), Money.of("0.00", "CNY")), List.of(), 0L, null));
        crm.mall().define(DefineReward.of(tenant, ProgrammeId.DEFAULT, "tuning-fork", "Tuning fork", 100, Fulfilment.SHIPPED_GOOD));
        MallOrder reward = crm.mall().redeem(new RedeemReward(tenant, qiu, ProgrammeId.DEFAULT, "tuning-fork", 1, "mall-" + qiu.value()));
        crm.mall().ship(new ShipMallOrder(tenant, reward.orderId(), TRACKING));
        Review review = crm.reviews().write(new WriteReview(tenant, qiu, firstOrder, "SKU-HC-01", 5, REVIEW, "review-" + qiu.value()));
        crm.reviews().moderate(ModerateReview.publish(tenant, review.reviewId(), "mod-1"));
        crm.surveys().define(DefineSurvey.of(tenant, "after-sale", "After the sale", Question.rating("stars", "Rate us", 5),
                Question.freeText("say", "Anything else?")));
        crm.surveys().respond(RespondToSurvey.of(tenant, "after-sale", qiu, Answer.score("stars", 4), Answer.text("say", SURVEY_ANSWER)));
        crm.customers().recordChurnReason(new RecordChurnReason(tenant, qiu, ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE, CHURN_NOTE,
                "agent-li", "churn-" + qiu.value()));
        sales(crm, tenant, qiu);
        clock.advance(Duration.ofDays(30));
        crm.value().score(ScoreCustomers.of(tenant));
        return new PrivacyScenario(qiu, firstOrder, secondOrder, reopened, surveyKey);
    }
}
