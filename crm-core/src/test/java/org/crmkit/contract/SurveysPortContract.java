package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.NpsResponse;
import org.crmkit.complaint.Surveys;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Surveys}: an answer is stored once per survey key and tenant, read back
 * field for field, listed newest first per customer and oldest first per period across pages, and
 * its comment alone is erased.
 */
public abstract class SurveysPortContract extends PortContract {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123456Z");

    @Test
    void every_field_survives_the_round_trip_at_its_edges() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        NpsResponse longest = new NpsResponse(tenant, li, "k".repeat(128), 10, "很好👍 ".repeat(200), T0);
        NpsResponse bare = new NpsResponse(tenant, li, "survey-bare", 0, null, T0.plusNanos(1_000));
        NpsResponse blank = new NpsResponse(tenant, li, "survey-blank", 7, "", Instant.parse("1900-01-01T00:00:00Z"));

        // when
        run(() -> List.of(longest, bare, blank).forEach(surveys()::addNps));

        // then
        assertThat(find(tenant, longest.surveyKey())).contains(longest);
        assertThat(find(tenant, bare.surveyKey())).contains(bare);
        assertThat(find(tenant, blank.surveyKey())).contains(blank);
    }

    @Test
    void a_second_answer_under_a_recorded_key_is_refused_and_the_first_stays_but_a_key_differing_in_case_is_another() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        NpsResponse first = new NpsResponse(tenant, li, "order-1", 9, "fast", T0);

        // when
        boolean added = tx(() -> surveys().addNps(first));
        boolean again = tx(() -> surveys().addNps(new NpsResponse(tenant, han, "order-1", 2, "slow", T0.plusSeconds(5))));
        boolean otherCase = tx(() -> surveys().addNps(new NpsResponse(tenant, han, "Order-1", 2, "slow", T0.plusSeconds(5))));

        // then
        assertThat(added).isTrue();
        assertThat(again).isFalse();
        assertThat(otherCase).as("survey keys are case-sensitive").isTrue();
        assertThat(find(tenant, "order-1")).contains(first);
        assertThat(npsOf(tenant, han)).extracting(NpsResponse::surveyKey).containsExactly("Order-1");
    }

    @Test
    void the_same_survey_key_in_two_tenants_names_two_answers() {
        // given
        TenantId neighbour = Tenants.fresh();
        NpsResponse theirs = new NpsResponse(neighbour, aStoredCustomer(neighbour, "li"), "order-1", 3, null, T0);
        NpsResponse mine = new NpsResponse(tenant, aStoredCustomer(tenant, "li"), "order-1", 8, null, T0);
        run(() -> surveys().addNps(theirs));

        // when
        boolean added = tx(() -> surveys().addNps(mine));

        // then
        assertThat(added).isTrue();
        assertThat(find(tenant, "order-1")).contains(mine);
        assertThat(find(neighbour, "order-1")).contains(theirs);
    }

    @Test
    void an_unknown_key_or_another_tenants_key_finds_nothing() {
        // given
        run(() -> surveys().addNps(new NpsResponse(tenant, aStoredCustomer(tenant, "li"), "order-1", 8, null, T0)));

        // when / then
        assertThat(find(tenant, "order-2")).isEmpty();
        assertThat(find(Tenants.fresh(), "order-1")).isEmpty();
        assertThat(npsOf(Tenants.fresh(), CustomerId.of("li"))).isEmpty();
    }

    @Test
    void a_customers_answers_are_listed_newest_first_and_only_theirs() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        NpsResponse old = new NpsResponse(tenant, li, "s-b", 5, null, T0);
        NpsResponse newest = new NpsResponse(tenant, li, "s-a", 9, null, T0.plusSeconds(60));
        NpsResponse middle = new NpsResponse(tenant, li, "s-c", 7, null, T0.plusNanos(1_000));
        run(() -> List.of(old, newest, middle, new NpsResponse(tenant, han, "s-d", 1, null, T0.plusSeconds(30)))
                .forEach(surveys()::addNps));

        // when
        List<NpsResponse> answers = npsOf(tenant, li);

        // then
        assertThat(answers).containsExactly(newest, middle, old);
        assertThat(npsOf(tenant, aStoredCustomer(tenant, "silent"))).isEmpty();
    }

    @Test
    void answers_of_a_period_come_oldest_first_from_its_start_up_to_but_not_including_its_end_across_pages() {
        // given ties on the time, keys that sort alike in any collation, and answers on both edges
        CustomerId li = aStoredCustomer(tenant, "li");
        Instant from = T0;
        Instant to = T0.plusSeconds(3600);
        run(() -> {
            surveys().addNps(new NpsResponse(tenant, li, "k09", 1, null, from.minusNanos(1_000)));
            surveys().addNps(new NpsResponse(tenant, li, "k08", 2, null, to));
            for (int i = 7; i >= 1; i--) {
                surveys().addNps(new NpsResponse(tenant, li, "k0" + i, i, null, i <= 4 ? from : from.plusSeconds(60 * i)));
            }
        });
        TenantId neighbour = Tenants.fresh();
        run(() -> surveys().addNps(new NpsResponse(neighbour, aStoredCustomer(neighbour, "li"), "k00", 1, null, from)));

        // when
        List<List<NpsResponse>> pages = pages(r -> surveys().npsBetween(tenant, from, to, r), 3);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(NpsResponse::surveyKey))
                .containsExactly("k01", "k02", "k03", "k04", "k05", "k06", "k07");
        assertThat(pages.get(0)).hasSize(3);
        assertThat(pages.get(1)).hasSize(3);
    }

    @Test
    void an_empty_period_is_one_empty_last_page() {
        // given
        run(() -> surveys().addNps(new NpsResponse(tenant, aStoredCustomer(tenant, "li"), "k1", 1, null, T0)));

        // when
        List<List<NpsResponse>> pages = pages(r -> surveys().npsBetween(tenant, T0.plusSeconds(1), T0.plusSeconds(2), r), 10);

        // then
        assertThat(pages).containsExactly(List.of());
    }

    @Test
    void anonymising_erases_the_comments_of_the_customer_only_and_keeps_scores_and_times() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        TenantId neighbour = Tenants.fresh();
        NpsResponse commented = new NpsResponse(tenant, li, "s1", 3, "李雷 called me at +8613800138000", T0);
        NpsResponse silent = new NpsResponse(tenant, li, "s2", 9, null, T0.plusSeconds(1));
        NpsResponse other = new NpsResponse(tenant, han, "s3", 4, "keep me", T0);
        NpsResponse elsewhere = new NpsResponse(neighbour, aStoredCustomer(neighbour, "li"), "s1", 4, "keep me too", T0);
        run(() -> List.of(commented, silent, other, elsewhere).forEach(surveys()::addNps));

        // when
        run(() -> surveys().anonymiseNps(Tenants.fresh(), han));
        run(() -> surveys().anonymiseNps(tenant, li));

        // then
        assertThat(find(tenant, "s1")).contains(new NpsResponse(tenant, li, "s1", 3, PersonalData.ERASED, T0));
        assertThat(find(tenant, "s2")).contains(silent);
        assertThat(find(tenant, "s3")).contains(other);
        assertThat(find(neighbour, "s1")).contains(elsewhere);
        assertThat(npsOf(tenant, li)).extracting(NpsResponse::comment).containsExactly(null, PersonalData.ERASED);
    }

    @Test
    void an_answer_added_in_a_unit_of_work_that_fails_is_undone_and_its_key_stays_free() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        NpsResponse answer = new NpsResponse(tenant, li, "order-1", 6, "ok", T0);

        // when
        runAndRollBack(() -> surveys().addNps(answer));

        // then
        assertThat(find(tenant, "order-1")).isEmpty();
        assertThat(tx(() -> surveys().addNps(answer))).isTrue();
    }

    private Surveys surveys() {
        return storage().surveys();
    }

    private Optional<NpsResponse> find(TenantId tenantId, String key) {
        return tx(() -> surveys().findNps(tenantId, key));
    }

    private List<NpsResponse> npsOf(TenantId tenantId, CustomerId customerId) {
        return tx(() -> surveys().npsOf(tenantId, customerId));
    }
}
