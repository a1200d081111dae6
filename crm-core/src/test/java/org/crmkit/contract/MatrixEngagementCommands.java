package org.crmkit.contract;

import java.util.List;
import java.util.Map;
import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.RecordChurnReason;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.ReviewStatus;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.marketing.survey.Answer;
import org.crmkit.marketing.survey.AnswerType;
import org.crmkit.marketing.survey.DefineSurvey;
import org.crmkit.marketing.survey.Question;
import org.crmkit.marketing.survey.RespondToSurvey;
import org.crmkit.shared.Money;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;

/**
 * The command matrix's cases for reviews, surveys and churn reasons: each base buys Li a tea (for
 * a review) or defines the survey first where it needs one; every optional part is filled in.
 */
final class MatrixEngagementCommands {

    /** The product Li bought in {@link #ORDER}, whose rating the snapshot shows. */
    static final String SKU = "tea-1";
    /** The order of the review cases. */
    static final String ORDER = "o-review";
    /** The survey of the survey cases, which the snapshot shows. */
    static final String SURVEY = "matrix-survey";

    private MatrixEngagementCommands() {}

    private static void boughtTea(MatrixScene s) {
        s.crm().commerce().recordPurchase(RecordPurchase.of(s.tenant(), s.li(), ORDER, Money.of("10.00", "CNY"))
                .withItems(List.of(PurchaseItem.of(SKU, "tea", Money.of("10.00", "CNY")))).inProgramme(MatrixScene.PROGRAMME));
    }

    private static WriteReview review(MatrixScene s) {
        boughtTea(s);
        return new WriteReview(s.tenant(), s.li(), ORDER, SKU, 4, "fresh leaves", "review-1");
    }

    private static DefineSurvey survey(MatrixScene s) {
        return new DefineSurvey(s.tenant(), SURVEY, "How was it?", List.of(
                Question.singleChoice("found", "Did you find it?", "yes", "no"),
                Question.rating("stars", "Rate us", 5),
                new Question("say", "Anything else?", AnswerType.FREE_TEXT, List.of(), 0, false)), MatrixScene.PROGRAMME, 30);
    }

    static void add(Map<String, MatrixCommands.CommandCase> all) {
        all.put("ReviewService.write(WriteReview)", new MatrixCommands.CommandCase(MatrixEngagementCommands::review,
                (crm, s, c) -> crm.reviews().write((WriteReview) c)));
        all.put("ReviewService.moderate(ModerateReview)", new MatrixCommands.CommandCase(s -> {
            String id = s.crm().reviews().write(review(s)).reviewId();
            return new ModerateReview(s.tenant(), id, ReviewStatus.REJECTED, "advertising", "mod-1");
        }, (crm, s, c) -> crm.reviews().moderate((ModerateReview) c)));
        all.put("SurveyService.define(DefineSurvey)", new MatrixCommands.CommandCase(MatrixEngagementCommands::survey,
                (crm, s, c) -> crm.surveys().define((DefineSurvey) c)));
        all.put("SurveyService.respond(RespondToSurvey)", new MatrixCommands.CommandCase(s -> {
            s.crm().surveys().define(survey(s));
            return RespondToSurvey.of(s.tenant(), SURVEY, s.li(), Answer.choices("found", "yes"), Answer.score("stars", 4),
                    Answer.text("say", "more green tea"));
        }, (crm, s, c) -> crm.surveys().respond((RespondToSurvey) c)));
        all.put("CustomerService.recordChurnReason(RecordChurnReason)", new MatrixCommands.CommandCase(s -> new RecordChurnReason(
                s.tenant(), s.li(), ChurnOccasion.CHURNED, "price", ChurnSide.ENTERPRISE, "found it cheaper", "agent-1", "churn-1"),
                (crm, s, c) -> crm.customers().recordChurnReason((RecordChurnReason) c)));
    }
}
