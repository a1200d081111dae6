package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.complaint.RecordNps;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.marketing.survey.Answer;
import org.crmkit.marketing.survey.AnswerType;
import org.crmkit.marketing.survey.DefineSurvey;
import org.crmkit.marketing.survey.Question;
import org.crmkit.marketing.survey.QuestionResult;
import org.crmkit.marketing.survey.RespondToSurvey;
import org.crmkit.marketing.survey.Survey;
import org.crmkit.marketing.survey.SurveyAnswered;
import org.crmkit.marketing.survey.SurveyDefined;
import org.crmkit.marketing.survey.SurveyResponse;
import org.crmkit.marketing.survey.SurveyResults;
import org.crmkit.marketing.survey.SurveyService;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marketing surveys end to end through {@code crm.surveys()}: a survey of every answer type, one
 * response per customer (replays return it, other answers are refused), the reward paid once even
 * under sixteen concurrent submissions, results per question; unknown surveys and questions,
 * answers of the wrong type or out of range and other tenants' ids refused with nothing written;
 * the complaint context's NPS unchanged; free text exported and erased.
 */
public abstract class SurveyContract {

    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    private static final long REWARD = 50;

    private final MutableClock clock = MutableClock.atSomeMoment();
    private final TenantId tenant = Tenants.fresh();
    private Crm crm;
    private SurveyService surveys;
    private CustomerId li;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrmWithAProgrammeAndACustomer() {
        crm = Crm.builder().storage(storage()).clock(clock).build();
        surveys = crm.surveys();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
        li = register(tenant, "Li Lei");
    }

    private CustomerId register(TenantId tenantId, String name) {
        return crm.customers().register(RegisterCustomer.of(tenantId, name, SourceChannel.APP)).id();
    }

    private Survey defineShopSurvey() {
        return surveys.define(DefineSurvey.of(tenant, "shop-2025", "How was your shopping?",
                Question.singleChoice("found", "Did you find what you wanted?", "yes", "no"),
                Question.multipleChoice("liked", "What did you like?", "price", "delivery", "packaging"),
                Question.rating("stars", "Rate the store", 5),
                Question.nps("recommend", "Would you recommend us?"),
                Question.freeText("say", "Anything else?")).withReward(PROGRAMME, REWARD));
    }

    private RespondToSurvey answers(CustomerId who, int stars, int nps, String text) {
        return text == null
                ? RespondToSurvey.of(tenant, "shop-2025", who, Answer.choices("found", "yes"), Answer.choices("liked", "price", "delivery"),
                        Answer.score("stars", stars), Answer.score("recommend", nps))
                : RespondToSurvey.of(tenant, "shop-2025", who, Answer.choices("found", "yes"), Answer.choices("liked", "price", "delivery"),
                        Answer.score("stars", stars), Answer.score("recommend", nps), Answer.text("say", text));
    }

    private long available(CustomerId who) {
        return crm.loyalty().balance(tenant, who, PROGRAMME).available();
    }

    @Test
    void a_completed_survey_is_stored_once_and_pays_its_reward_once() {
        // given
        defineShopSurvey();

        // when
        SurveyResponse response = surveys.respond(answers(li, 4, 9, "faster delivery please"));
        SurveyResponse replay = surveys.respond(answers(li, 4, 9, "faster delivery please"));

        // then
        assertThat(replay).isEqualTo(response);
        assertThat(response.pointsAwarded()).isEqualTo(REWARD);
        assertThat(available(li)).isEqualTo(REWARD);
        assertThat(surveys.response(tenant, "shop-2025", li)).contains(response);
        assertThat(surveys.responsesOf(tenant, li)).containsExactly(response);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(SurveyAnswered.class::isInstance).hasSize(1);
    }

    @Test
    void a_second_response_with_other_answers_is_refused_and_pays_nothing() {
        // given
        defineShopSurvey();
        surveys.respond(answers(li, 4, 9, null));

        // then
        assertThatThrownBy(() -> surveys.respond(answers(li, 1, 0, null))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("once");
        assertThat(available(li)).isEqualTo(REWARD);
        assertThat(surveys.response(tenant, "shop-2025", li).orElseThrow().answers()).contains(Answer.score("stars", 4));
    }

    @Test
    void results_count_choices_and_scores_per_question_with_the_net_promoter_score() {
        // given: four customers
        defineShopSurvey();
        CustomerId han = register(tenant, "Han");
        CustomerId wang = register(tenant, "Wang");
        CustomerId zhao = register(tenant, "Zhao");
        surveys.respond(answers(li, 5, 10, "great"));
        surveys.respond(answers(han, 4, 9, null));
        surveys.respond(answers(wang, 3, 7, null));
        surveys.respond(RespondToSurvey.of(tenant, "shop-2025", zhao, Answer.choices("found", "no"), Answer.choices("liked", "packaging"),
                Answer.score("stars", 1), Answer.score("recommend", 2)));

        // when
        SurveyResults results = surveys.results(tenant, "shop-2025");

        // then
        assertThat(results.responses()).isEqualTo(4);
        Map<String, QuestionResult> byCode = new java.util.HashMap<>();
        results.questions().forEach(q -> byCode.put(q.questionCode(), q));
        assertThat(results.questions()).extracting(QuestionResult::questionCode).containsExactly("found", "liked", "stars", "recommend", "say");
        assertThat(byCode.get("found").counts()).containsExactly(Map.entry("yes", 3L), Map.entry("no", 1L));
        assertThat(byCode.get("liked").counts()).containsExactly(Map.entry("price", 3L), Map.entry("delivery", 3L), Map.entry("packaging", 1L));
        assertThat(byCode.get("stars").average()).isEqualByComparingTo("3.25");
        assertThat(byCode.get("stars").counts()).containsEntry("1", 1L).containsEntry("5", 1L).containsEntry("2", 0L);
        assertThat(byCode.get("recommend").netPromoterScore()).isEqualTo(25);
        assertThat(byCode.get("recommend").average()).isEqualByComparingTo("7.00");
        assertThat(byCode.get("say").answered()).isEqualTo(1);
        assertThat(byCode.get("say").counts()).isEmpty();
    }

    @Test
    void an_unknown_survey_or_customer_or_another_tenants_survey_is_not_found_and_nothing_is_written() {
        // given
        defineShopSurvey();
        TenantId other = Tenants.fresh();
        CustomerId stranger = register(other, "Stranger");

        // then
        assertThatThrownBy(() -> surveys.respond(RespondToSurvey.of(tenant, "no-such", li, Answer.score("stars", 3))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.respond(answers(stranger, 4, 9, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.respond(new RespondToSurvey(other, "shop-2025", stranger, answers(stranger, 4, 9, null).answers())))
                .isInstanceOf(NotFoundException.class);
        assertThat(surveys.survey(other, "shop-2025")).isEmpty();
        assertThat(surveys.results(tenant, "shop-2025").responses()).isZero();
    }

    @Test
    void unknown_questions_answers_of_the_wrong_type_out_of_range_and_missing_required_answers_are_refused_listing_each() {
        // given
        defineShopSurvey();

        // when
        RespondToSurvey bad = RespondToSurvey.of(tenant, "shop-2025", li,
                Answer.choices("found", "maybe"),
                Answer.score("liked", 3),
                Answer.score("stars", 6),
                Answer.text("recommend", "ten"),
                Answer.text("nope", "?"));

        // then
        assertThatThrownBy(() -> surveys.respond(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).contains("answers[0].choices", "answers[1].score", "answers[1].choices",
                        "answers[2].score", "answers[3].text", "answers[3].score", "answers[4].questionCode"));
        assertThatThrownBy(() -> surveys.respond(RespondToSurvey.of(tenant, "shop-2025", li, Answer.choices("found", "yes"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::invalidValue)
                        .contains("liked", "stars", "recommend").doesNotContain("say"));
        assertThatThrownBy(() -> surveys.respond(RespondToSurvey.of(tenant, "shop-2025", li, Answer.choices("found", "yes", "no"),
                Answer.choices("liked", "price", "price"), Answer.score("stars", 0), Answer.score("recommend", 11))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("answers[0].choices", "answers[1].choices", "answers[2].score", "answers[3].score"));
        assertThat(surveys.responsesOf(tenant, li)).isEmpty();
        assertThat(available(li)).isZero();
    }

    @Test
    void a_survey_whose_questions_do_not_hold_together_is_refused_and_a_defined_one_does_not_change() {
        // then
        assertThatThrownBy(() -> surveys.define(DefineSurvey.of(tenant, "bad", "Bad",
                Question.singleChoice("q", "One option only?", "yes"),
                new Question("q", "Same code, rating without a scale", AnswerType.RATING, List.of("x"), 0, true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("questions[0].options", "questions[1].code", "questions[1].options", "questions[1].scaleMax"));
        assertThatThrownBy(() -> surveys.define(DefineSurvey.of(tenant, "pay", "Pay", Question.nps("n", "NPS"))
                .withReward(ProgrammeId.of("no-such-programme"), 10))).isInstanceOf(NotFoundException.class);
        Survey defined = defineShopSurvey();
        assertThat(defineShopSurvey()).isEqualTo(defined);
        assertThatThrownBy(() -> surveys.define(DefineSurvey.of(tenant, "shop-2025", "Other", Question.nps("n", "NPS"))))
                .isInstanceOf(ConflictException.class);
        assertThat(surveys.survey(tenant, "bad")).isEmpty();
        assertThat(surveys.survey(tenant, "shop-2025")).contains(defined);
    }

    @Test
    void sixteen_concurrent_submissions_of_one_customer_store_one_response_and_pay_once() throws Exception {
        // given
        defineShopSurvey();

        // when
        List<Object> outcomes = Together.run(16, i -> () -> surveys.respond(answers(li, 1 + i % 5, 9, null)));

        // then
        assertThat(outcomes).filteredOn(SurveyResponse.class::isInstance).hasSizeGreaterThanOrEqualTo(1);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfAny(SurveyResponse.class, ConflictException.class));
        assertThat(available(li)).isEqualTo(REWARD);
        assertThat(surveys.results(tenant, "shop-2025").responses()).isEqualTo(1);
    }

    @Test
    void sixteen_concurrent_definitions_of_one_survey_store_it_once_and_another_tenants_code_is_its_own() throws Exception {
        // given
        Outboxes.drainEventsOf(crm.outbox(), tenant);
        TenantId other = Tenants.fresh();

        // when
        List<Object> outcomes = Together.run(16, i -> this::defineShopSurvey);
        Survey elsewhere = surveys.define(DefineSurvey.of(other, "shop-2025", "Another shop's survey", Question.nps("n", "NPS")));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Survey.class).isEqualTo(outcomes.get(0)));
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(SurveyDefined.class::isInstance).hasSize(1);
        assertThat(surveys.survey(other, "shop-2025")).contains(elsewhere);
        assertThat(surveys.survey(tenant, "shop-2025").orElseThrow().title()).isEqualTo("How was your shopping?");
    }

    @Test
    void the_complaint_contexts_nps_keeps_working_beside_marketing_surveys() {
        // given
        defineShopSurvey();
        surveys.respond(answers(li, 4, 3, null));

        // when
        crm.complaints().recordNps(new RecordNps(tenant, li, "nps-after-case-1", 9, "quick refund"));

        // then
        assertThat(crm.complaints().npsOf(tenant, li)).singleElement().satisfies(r -> assertThat(r.score()).isEqualTo(9));
        assertThat(surveys.responsesOf(tenant, li)).hasSize(1);
    }

    @Test
    void export_holds_free_text_answers_and_erasure_replaces_them_keeping_scores_and_results() {
        // given
        defineShopSurvey();
        surveys.respond(answers(li, 5, 10, "my address is 北京市朝阳区建国路 88 号"));

        // when
        String before = crm.privacy().exportDocument(tenant, li).get("surveys").toString();
        crm.privacy().erase(tenant, li);

        // then
        assertThat(before).contains("建国路");
        assertThat(crm.privacy().exportDocument(tenant, li).get("surveys").toString()).doesNotContain("建国路").contains(PersonalData.ERASED);
        assertThat(surveys.response(tenant, "shop-2025", li).orElseThrow().answers()).contains(Answer.score("stars", 5),
                Answer.text("say", PersonalData.ERASED));
        assertThat(surveys.results(tenant, "shop-2025").questions().get(2).average()).isEqualByComparingTo("5.00");
    }
}
