package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.Test;

/**
 * Ladders: validation that lists every problem, and a change of thresholds that the batch
 * assessment applies to every member the same way however often, and in whatever shard order, it
 * runs. Mid-period rule: members keep their tiers until their metric next changes or the next
 * assessment day.
 */
public abstract class TierLadderChangeContract extends TierFixture {

    /** Growth values of six members and the tiers they hold under JD's ladder. */
    private static final long[] GROWTH = {0, 800, 1500, 2500, 8000, 20000};

    /** The lowered ladder: bronze 500, silver 2000, gold 5000, diamond 15000. */
    private static TierLadder loweredLadder(TenantId tenantId) {
        return ladder(tenantId, 0, 500, 2000, 5000, 15000);
    }

    /** Registers six members of {@code tenantId} with {@link #GROWTH} on JD's ladder, in order. */
    private List<CustomerId> sixMembersOf(TenantId tenantId) {
        tiers.defineLadder(jdLadder(tenantId));
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < GROWTH.length; i++) {
            CustomerId member = register(tenantId, "member " + i);
            tiers.grantGrowth(new GrantGrowth(tenantId, member, PROGRAMME, "g-" + i, Math.max(1, GROWTH[i]), "migration"));
            members.add(member);
        }
        return members;
    }

    private Map<CustomerId, String> tiersOf(TenantId tenantId, List<CustomerId> members) {
        Map<CustomerId, String> result = new LinkedHashMap<>();
        members.forEach(m -> result.put(m, tiers.status(tenantId, m, PROGRAMME).tier().code()));
        return result;
    }

    private AssessmentReport assess(TenantId tenantId, String date, int shard, int shards) {
        return tiers.assess(tenantId, PROGRAMME, LocalDate.parse(date), shard, shards, (done, total, rate) -> {});
    }

    @Test
    void a_ladder_with_every_kind_of_problem_is_refused_with_every_problem_listed() {
        // when
        ValidationException error = validationErrorOf(() -> TierLadder.of(tenant, PROGRAMME, List.of(
                Tier.of("gold", "金牌", 100), Tier.of("silver", "银牌", 50), Tier.of("gold", "金牌", 50)), QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));

        // then
        assertThat(fieldsOf(error)).containsExactlyInAnyOrder("tiers[0].threshold", "tiers[1].threshold", "tiers[2].code",
                "tiers[2].threshold");
    }

    @Test
    void a_ladder_with_duplicate_thresholds_is_refused() {
        // when
        ValidationException error = validationErrorOf(() -> ladder(tenant, 0, 1000, 1000));

        // then
        assertThat(fieldsOf(error)).containsExactly("tiers[2].threshold");
    }

    @Test
    void a_ladder_with_unordered_thresholds_is_refused() {
        // when
        ValidationException error = validationErrorOf(() -> ladder(tenant, 0, 3000, 1000, 10000));

        // then
        assertThat(fieldsOf(error)).containsExactly("tiers[2].threshold");
    }

    @Test
    void a_ladder_whose_first_threshold_is_not_zero_or_without_tiers_is_refused() {
        // when
        ValidationException notZero = validationErrorOf(() -> ladder(tenant, 1, 1000));
        ValidationException empty = validationErrorOf(() -> TierLadder.of(tenant, PROGRAMME, List.of(), QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));

        // then
        assertThat(fieldsOf(notZero)).containsExactly("tiers[0].threshold");
        assertThat(fieldsOf(empty)).containsExactly("tiers");
    }

    @Test
    void a_redefined_ladder_is_stored_in_place_of_the_old_one() {
        // when
        tiers.defineLadder(loweredLadder(tenant));

        // then
        assertThat(tiers.ladder(tenant, PROGRAMME)).contains(loweredLadder(tenant));
    }

    @Test
    void lowered_thresholds_upgrade_members_at_the_next_assessment_and_a_purchase_upgrades_at_once() {
        // given
        List<CustomerId> members = sixMembersOf(tenant);
        tiers.defineLadder(loweredLadder(tenant));

        // when
        Map<CustomerId, String> before = tiersOf(tenant, members);
        AssessmentReport report = assessOn("2025-06-01");

        // then
        assertThat(before.values()).containsExactly("registered", "registered", "bronze", "bronze", "silver", "gold");
        assertThat(tiersOf(tenant, members).values()).containsExactly("registered", "bronze", "bronze", "silver", "gold", "diamond");
        assertThat(report.upgraded()).isEqualTo(4);
        assertThat(report.examined()).isEqualTo(6);
        assertThat(tiers.history(tenant, members.get(5), PROGRAMME)).last()
                .extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::at)
                .containsExactly("gold", "diamond", ChangeReason.THRESHOLD_CROSSED, shanghai("2025-06-01T00:00"));
    }

    @Test
    void between_a_ladder_change_and_the_assessment_a_new_fact_upgrades_at_once() {
        // given
        List<CustomerId> members = sixMembersOf(tenant);
        tiers.defineLadder(loweredLadder(tenant));

        // when
        String after = tiers.grantGrowth(new GrantGrowth(tenant, members.get(1), PROGRAMME, "g-more", 1, "sign-in")).tier().code();

        // then
        assertThat(after).isEqualTo("bronze");
    }

    @Test
    void the_assessment_gives_the_same_tiers_in_one_run_twice_or_shard_by_shard_in_any_order() {
        // given: three tenants with the same members and the same ladder change
        TenantId once = tenant;
        TenantId shardsForward = Tenants.fresh();
        TenantId shardsBackward = Tenants.fresh();
        List<CustomerId> a = sixMembersOf(once);
        List<CustomerId> b = sixMembersOf(shardsForward);
        List<CustomerId> c = sixMembersOf(shardsBackward);
        for (TenantId t : List.of(once, shardsForward, shardsBackward)) {
            tiers.defineLadder(loweredLadder(t));
        }
        at("2025-06-01T00:10");

        // when
        assess(once, "2025-06-01", 0, 1);
        AssessmentReport again = assess(once, "2025-06-01", 0, 1);
        List<AssessmentReport> forward = new ArrayList<>();
        for (int shard = 0; shard < 3; shard++) {
            forward.add(assess(shardsForward, "2025-06-01", shard, 3));
        }
        for (int shard = 2; shard >= 0; shard--) {
            assess(shardsBackward, "2025-06-01", shard, 3);
        }

        // then
        List<String> expected = List.of("registered", "bronze", "bronze", "silver", "gold", "diamond");
        assertThat(tiersOf(once, a).values()).containsExactlyElementsOf(expected);
        assertThat(tiersOf(shardsForward, b).values()).containsExactlyElementsOf(expected);
        assertThat(tiersOf(shardsBackward, c).values()).containsExactlyElementsOf(expected);
        assertThat(again.alreadyDone()).isEqualTo(6);
        assertThat(again.upgraded() + again.downgraded() + again.retained()).isZero();
        assertThat(forward.stream().mapToLong(AssessmentReport::examined).sum()).isEqualTo(6);
        for (CustomerId member : a) {
            assertThat(tiers.history(once, member, PROGRAMME)).as("history of %s", member)
                    .filteredOn(line -> line.reason() == ChangeReason.THRESHOLD_CROSSED && line.at().equals(shanghai("2025-06-01T00:00")))
                    .hasSizeLessThanOrEqualTo(1);
            assertChained(tiers.history(once, member, PROGRAMME));
        }
    }

    @Test
    void re_running_an_assessment_changes_nothing_and_reports_every_member_as_already_done() {
        // given: Li drops at the first run
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "11000.00", false);
        buy(han, "100.00");
        assessOn("2026-06-01");
        int lines = historyOf(li).size();
        drainTierEvents();

        // when
        AssessmentReport rerun = assess("2026-06-01");

        // then
        assertThat(rerun.alreadyDone()).isEqualTo(2);
        assertThat(rerun.downgraded()).isZero();
        assertThat(tierOf(li)).isEqualTo("silver");
        assertThat(historyOf(li)).hasSize(lines);
        assertThat(drainTierEvents()).isEmpty();
    }

    @Test
    void raised_thresholds_drop_members_one_tier_at_the_assessment_after_retention() {
        // given
        buy(li, "12000.00");
        tiers.defineLadder(ladder(tenant, 0, 5000, 20000, 50000, 100000));

        // when
        AssessmentReport retained = assessOn("2026-05-01");
        AssessmentReport dropped = assessOn("2026-06-01");

        // then
        assertThat(retained.retained()).isEqualTo(1);
        assertThat(dropped.downgraded()).isEqualTo(1);
        assertThat(tierOf(li)).isEqualTo("silver");
    }

    @Test
    void the_listener_hears_progress_page_by_page_with_the_total_of_all_shards() {
        // given: more members than one page holds
        int count = 520;
        for (int i = 0; i < count; i++) {
            tiers.grantGrowth(new GrantGrowth(tenant, register("member " + i), PROGRAMME, "g-" + i, 1 + i, "migration"));
        }
        List<long[]> heard = new ArrayList<>();
        at("2025-06-01T00:10");

        // when
        AssessmentReport first = tiers.assess(tenant, PROGRAMME, LocalDate.parse("2025-06-01"), 0, 2,
                (done, total, rate) -> heard.add(new long[] {done, total}));
        AssessmentReport second = tiers.assess(tenant, PROGRAMME, LocalDate.parse("2025-06-01"), 1, 2, (done, total, rate) -> {});

        // then
        assertThat(first.examined() + second.examined()).isEqualTo(count);
        assertThat(first.examined()).isBetween(1L, count - 1L);
        assertThat(heard).hasSizeGreaterThanOrEqualTo(2);
        assertThat(heard).allSatisfy(p -> assertThat(p[1]).isEqualTo(count));
        assertThat(heard.get(heard.size() - 1)[0]).isEqualTo(first.examined());
        assertThat(heard).extracting(p -> p[0]).isSorted();
    }
}
