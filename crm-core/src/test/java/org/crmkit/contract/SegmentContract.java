package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.crmkit.segment.Criteria.ageBetween;
import static org.crmkit.segment.Criteria.anyOf;
import static org.crmkit.segment.Criteria.boughtWithinDays;
import static org.crmkit.segment.Criteria.city;
import static org.crmkit.segment.Criteria.consented;
import static org.crmkit.segment.Criteria.gender;
import static org.crmkit.segment.Criteria.not;
import static org.crmkit.segment.Criteria.notBoughtForDays;
import static org.crmkit.segment.Criteria.tagged;
import static org.crmkit.segment.Criteria.tier;
import static org.crmkit.segment.Criteria.totalSpendAtLeast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.segment.CustomerFacts;
import org.crmkit.segment.Explanation;
import org.crmkit.segment.Segment;
import org.crmkit.segment.SegmentService;
import org.crmkit.segment.spi.Criterion;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Segments (客户细分) as composable criteria over profile, consent, tier and purchases, evaluated
 * for one customer with an explanation, streamed by shard and counted.
 */
public abstract class SegmentContract extends TierFixture {

    private SegmentService segments;
    private CustomerId student;
    private CustomerId officeWorker;
    private CustomerId retiree;

    @BeforeEach
    void registerThreeShoppersOfTheSeedsSurveys() {
        segments = crm.segments();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
        student = shopper("Student", LocalDate.of(2004, 3, 1), Gender.FEMALE, "Shanghai");
        officeWorker = shopper("Office worker", LocalDate.of(1994, 7, 9), Gender.MALE, "Beijing");
        retiree = shopper("Retiree", LocalDate.of(1955, 1, 1), Gender.FEMALE, "Chengdu");
        crm.customers().addTags(ChangeTags.of(tenant, student, "campus"));
        crm.customers().recordConsent(new RecordConsent(tenant, officeWorker, MarketingChannel.WECHAT, true));
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, student, "s-1", cny("80.00")).at(shanghai("2025-05-09T09:00"))
                .inProgramme(PROGRAMME));
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, officeWorker, "w-1", cny("3500.00")).at(shanghai("2025-02-01T09:00"))
                .inProgramme(PROGRAMME));
    }

    private CustomerId shopper(String name, LocalDate born, Gender gender, String city) {
        return crm.customers().register(new RegisterCustomer(tenant, null, name, List.of(), new Demographics(born, gender, null, city, null),
                Map.of(), Set.of(), SourceChannel.APP, null, null)).id();
    }

    @Test
    void young_shoppers_in_shanghai_or_beijing_are_the_student_and_the_office_worker() {
        // given
        Segment young = Segment.of("young urban", ageBetween(18, 35).and(city("shanghai", "BEIJING")));
        // when
        List<CustomerId> members = new ArrayList<>();
        long count = segments.forEachMember(tenant, young, 0, 1, members::add);
        // then
        assertThat(members).containsExactlyInAnyOrder(student, officeWorker);
        assertThat(count).isEqualTo(2);
        assertThat(segments.count(tenant, young)).isEqualTo(2);
    }

    @Test
    void criteria_combine_with_and_or_and_not() {
        // given
        Segment womenOrConsented = Segment.of("reachable", anyOf(gender(Gender.FEMALE), consented(MarketingChannel.WECHAT)));
        Segment notCampus = Segment.of("not campus", not(tagged("campus")));
        // then
        assertThat(segments.count(tenant, womenOrConsented)).isEqualTo(3);
        assertThat(segments.matches(tenant, student, notCampus)).isFalse();
        assertThat(segments.matches(tenant, retiree, notCampus)).isTrue();
    }

    @Test
    void purchase_and_tier_criteria_read_the_purchase_history_and_the_ladder() {
        // given the office worker reached silver with 3,500 growth value, the student is registered
        Segment silverSpenders = Segment.of("silver spenders", tier("silver", "gold").and(totalSpendAtLeast(new BigDecimal("3000"))));
        Segment lapsed = Segment.of("lapsed", notBoughtForDays(30));
        Segment recent = Segment.of("recent", boughtWithinDays(7));
        // then
        assertThat(segments.matches(tenant, officeWorker, silverSpenders)).isTrue();
        assertThat(segments.matches(tenant, student, silverSpenders)).isFalse();
        assertThat(segments.matches(tenant, officeWorker, lapsed)).isTrue();
        assertThat(segments.matches(tenant, student, recent)).isTrue();
        assertThat(segments.matches(tenant, retiree, recent)).as("never bought").isFalse();
        assertThat(segments.matches(tenant, retiree, lapsed)).as("never bought is not lapsed").isFalse();
    }

    @Test
    void walking_a_segment_a_page_at_a_time_agrees_with_each_customers_own_match_on_tier_and_purchase_criteria() {
        // given
        List<Segment> segmentsToWalk = List.of(Segment.of("silver spenders", tier("silver", "gold").and(totalSpendAtLeast(new BigDecimal("3000")))),
                Segment.of("lapsed", notBoughtForDays(30)), Segment.of("recent", boughtWithinDays(7)));

        for (Segment segment : segmentsToWalk) {
            // when
            List<CustomerId> walked = new java.util.ArrayList<>();
            segments.forEachMember(tenant, segment, 0, 1, walked::add);

            // then
            for (CustomerId customer : List.of(officeWorker, student, retiree)) {
                assertThat(walked.contains(customer)).as(segment.name() + ": " + customer.value())
                        .isEqualTo(segments.matches(tenant, customer, segment));
            }
        }
    }

    @Test
    void an_explanation_gives_each_criterions_verdict() {
        // given
        Segment young = Segment.of("young women", ageBetween(18, 35).and(gender(Gender.FEMALE)));
        // when
        Explanation why = segments.explain(tenant, officeWorker, young);
        // then
        assertThat(why.matched()).isFalse();
        assertThat(why.parts()).extracting(Explanation::criterion, Explanation::matched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("age 18-35", true),
                        org.assertj.core.groups.Tuple.tuple("gender FEMALE", false));
        assertThat(why.render()).contains("[no]  gender FEMALE");
    }

    @Test
    void a_criterion_of_the_host_plugs_in_and_sees_the_facts() {
        // given
        Criterion namedLikeAStudent = new Criterion() {
            @Override
            public boolean test(CustomerFacts facts) {
                return facts.customer().displayName().startsWith("Stu");
            }

            @Override
            public String describe() {
                return "named like a student";
            }
        };
        // then
        assertThat(segments.count(tenant, Segment.of("custom", namedLikeAStudent.and(tagged("campus"))))).isEqualTo(1);
    }

    @Test
    void two_shards_list_every_member_once_and_erased_customers_are_never_members() {
        // given
        for (int i = 0; i < 20; i++) {
            register("Extra " + i);
        }
        crm.customers().erase(tenant, retiree);
        Segment all = Segment.of("everyone", org.crmkit.segment.Criteria.everyone());
        // when
        List<CustomerId> seen = new ArrayList<>();
        segments.forEachMember(tenant, all, 0, 2, seen::add);
        segments.forEachMember(tenant, all, 1, 2, seen::add);
        // then 2 from the fixture + 2 shoppers + 20 extras, not the erased retiree
        assertThat(seen).doesNotHaveDuplicates().hasSize(24).doesNotContain(retiree);
    }

    @Test
    void unknown_customers_and_another_tenants_customers_are_not_found() {
        // given
        CustomerId stranger = register(Tenants.fresh(), "Stranger");
        Segment all = Segment.of("everyone", org.crmkit.segment.Criteria.everyone());
        // then
        assertThat(catchThrowable(() -> segments.matches(tenant, stranger, all))).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> segments.explain(tenant, CustomerId.of("nobody"), all))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void invalid_criteria_are_refused_when_built() {
        assertThat(catchThrowable(() -> ageBetween(40, 20))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40");
        assertThat(catchThrowable(() -> org.crmkit.segment.Criteria.pAliveBelow(0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> Segment.of(" ", ageBetween(1, 2)))).isInstanceOf(IllegalArgumentException.class);
    }
}
