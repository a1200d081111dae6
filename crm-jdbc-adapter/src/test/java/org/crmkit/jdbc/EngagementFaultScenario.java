package org.crmkit.jdbc;

import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.ChurnOccasion;
import org.crmkit.customer.ChurnReason;
import org.crmkit.customer.ChurnSide;
import org.crmkit.customer.RecordChurnReason;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.BonusEvent;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.marketing.survey.Answer;
import org.crmkit.marketing.survey.DefineSurvey;
import org.crmkit.marketing.survey.Question;
import org.crmkit.marketing.survey.RespondToSurvey;
import org.crmkit.marketing.survey.SurveyResponse;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;

/**
 * Review, survey and churn-reason operations that write their own rows, the ledger, the customer
 * and the outbox at once, each with the history it needs. {@link #when} is the operation under
 * test; {@link #shape} is what a retry must return alike.
 */
enum EngagementFaultScenario {

    WRITE_A_REVIEW_OF_A_BOUGHT_LINE {
        @Override
        Object when(Stage s) {
            return s.crm.reviews().write(new WriteReview(s.tenant, s.customer, "o-1", "tea", 4, "fresh leaves", "review-key"));
        }
    },

    PUBLISH_A_REVIEW_WITH_ITS_BONUS_AND_RATING {
        @Override
        void given(Stage s) {
            s.reviewId = ((Review) WRITE_A_REVIEW_OF_A_BOUGHT_LINE.when(s)).reviewId();
        }

        @Override
        Object when(Stage s) {
            return s.crm.reviews().moderate(ModerateReview.publish(s.tenant, s.reviewId, "mod-1"));
        }
    },

    ANSWER_A_REWARDED_SURVEY {
        @Override
        void given(Stage s) {
            s.crm.surveys().define(DefineSurvey.of(s.tenant, "after-sale", "After the sale", Question.rating("stars", "Rate us", 5),
                    Question.freeText("say", "Anything else?")).withReward(PROGRAMME, 30));
        }

        @Override
        Object when(Stage s) {
            return s.crm.surveys().respond(RespondToSurvey.of(s.tenant, "after-sale", s.customer, Answer.score("stars", 5),
                    Answer.text("say", "quick delivery")));
        }
    },

    RECORD_A_CHURN_REASON_AND_ITS_TAG {
        @Override
        Object when(Stage s) {
            return s.crm.customers().recordChurnReason(new RecordChurnReason(s.tenant, s.customer, ChurnOccasion.CHURNED, "price",
                    ChurnSide.ENTERPRISE, "found it cheaper", "agent-7", "churn-key"));
        }
    };

    static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    /** One attempt: a fresh tenant with a review-bonus programme and one member, Li, who bought tea in order o-1. */
    static final class Stage {
        final MutableClock clock = MutableClock.atSomeMoment();
        final TenantId tenant = Tenants.fresh();
        final Crm crm;
        final CustomerId customer;
        String reviewId;

        Stage(JdbcStorage storage) {
            crm = Crm.builder().storage(storage).clock(clock).build();
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).bonus(BonusEvent.REVIEW, 20).build());
            customer = crm.customers().register(RegisterCustomer.of(tenant, "Li", SourceChannel.APP)).id();
            crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, "o-1", Money.of("10.00", "CNY"))
                    .withItems(List.of(PurchaseItem.of("tea", "tea", Money.of("10.00", "CNY")))).inProgramme(PROGRAMME));
        }

        List<CustomerId> customers() {
            return List.of(customer);
        }
    }

    void given(Stage s) {}

    abstract Object when(Stage s);

    /** What two runs on different tenants return alike: the result without its ids and tenant. */
    static List<Object> shape(Object result) {
        if (result instanceof Review r) {
            return List.of(r.orderId(), r.sku(), r.stars(), r.text(), r.status(), r.pointsAwarded(), r.version());
        }
        if (result instanceof SurveyResponse r) {
            return List.of(r.surveyCode(), r.answers(), r.pointsAwarded());
        }
        ChurnReason r = (ChurnReason) result;
        return List.of(r.occasion(), r.code(), r.side(), String.valueOf(r.note()), r.idempotencyKey());
    }
}
