package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.tier.LockedMembership.UNREAD;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentSchedule;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.LadderDefinition;
import org.crmkit.tier.LockedMembership;
import org.crmkit.tier.Membership;
import org.crmkit.tier.Memberships;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierOverride;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Memberships}: ladders and memberships read back field for field, per
 * programme and tenant; memberships changed one version at a time; facts recorded once per key;
 * history lines unique per member and sequence; counters; and the listings in their documented
 * orders.
 */
public abstract class MembershipsPortContract extends PortContract {

    private static final ProgrammeId VIP = ProgrammeId.of("vip");
    private static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456Z");

    @Test
    void every_field_of_a_ladder_survives_the_round_trip_and_saving_again_replaces_it() {
        // given
        EarningPolicy growth = EarningPolicy.basic(Currency.getInstance("CNY"), new BigDecimal("1.50"))
                .withCategoryMultiplier("生鲜", new BigDecimal("2.0"))
                .withCampaign(Campaign.of("618", new BigDecimal("2"), T0, T0.plusSeconds(86_400)).withBudget(50_000))
                .withCaps(2_000L, null);
        LadderDefinition first = new LadderDefinition(tenant, VIP, List.of(
                new Tier("registered", "注册会员", 0, null),
                new Tier("gold", "金牌会员 🥇", 10_000, new TierBenefits(new BigDecimal("1.5"), new BigDecimal("0.05"), true, 2,
                        Map.of("badge", "金", "lounge", "yes"))),
                new Tier("d".repeat(32), "钻".repeat(64), Long.MAX_VALUE, new TierBenefits(BigDecimal.TEN, new BigDecimal("0.99"), true, 1,
                        Map.of()))),
                QualifyingMetrics.growthValue().spec(), TierPolicies.jd().spec(), growth, ZoneId.of("Asia/Shanghai"));
        LadderDefinition second = new LadderDefinition(tenant, VIP, List.of(new Tier("only", "Only", 0, null)),
                QualifyingMetrics.rollingSpend(6).spec(), TierPolicies.standard(AssessmentSchedule.ANNIVERSARY, Period.of(1, 6, 15), false).spec(),
                EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE), ZoneId.of("+08:00"));

        // when
        run(() -> memberships().saveLadder(first));
        Optional<LadderDefinition> storedFirst = tx(() -> memberships().ladder(tenant, VIP));
        run(() -> memberships().saveLadder(second));

        // then
        assertThat(storedFirst).contains(first);
        assertThat(tx(() -> memberships().ladder(tenant, VIP))).contains(second);
        assertThat(tx(() -> memberships().ladder(tenant, ProgrammeId.DEFAULT))).isEmpty();
        assertThat(tx(() -> memberships().ladder(Tenants.fresh(), VIP))).isEmpty();
    }

    @Test
    void the_listing_of_every_ladder_holds_each_tenants_ladders_in_tenant_and_programme_order() {
        // given two tenants' ladders (other tests' ladders may be stored too)
        TenantId other = Tenants.fresh();
        LadderDefinition vip = simpleLadder(tenant, VIP);
        LadderDefinition standard = simpleLadder(tenant, ProgrammeId.DEFAULT);
        LadderDefinition others = simpleLadder(other, VIP);
        run(() -> {
            memberships().saveLadder(vip);
            memberships().saveLadder(standard);
            memberships().saveLadder(others);
        });
        // when
        List<LadderDefinition> listed = tx(() -> memberships().ladders(null));
        // then
        List<LadderDefinition> ours = listed.stream().filter(l -> l.tenantId().equals(tenant) || l.tenantId().equals(other)).toList();
        List<LadderDefinition> expected = new java.util.ArrayList<>(List.of(vip, standard, others));
        expected.sort(java.util.Comparator.comparing((LadderDefinition l) -> l.tenantId().value()).thenComparing(l -> l.programmeId().value()));
        assertThat(ours).containsExactlyElementsOf(expected);
    }

    @Test
    void the_listing_of_one_tenants_ladders_holds_that_tenants_ladders_only_in_programme_order() {
        // given two tenants' ladders
        TenantId other = Tenants.fresh();
        LadderDefinition vip = simpleLadder(tenant, VIP);
        LadderDefinition standard = simpleLadder(tenant, ProgrammeId.DEFAULT);
        run(() -> {
            memberships().saveLadder(vip);
            memberships().saveLadder(simpleLadder(other, VIP));
            memberships().saveLadder(standard);
        });
        // when
        List<LadderDefinition> listed = tx(() -> memberships().ladders(tenant));
        // then
        assertThat(listed).containsExactlyElementsOf(ProgrammeId.DEFAULT.value().compareTo(VIP.value()) < 0
                ? List.of(standard, vip) : List.of(vip, standard));
        assertThat(tx(() -> memberships().ladders(Tenants.fresh()))).isEmpty();
    }

    private static LadderDefinition simpleLadder(TenantId tenantId, ProgrammeId programmeId) {
        return new LadderDefinition(tenantId, programmeId, List.of(new Tier("only", "Only", 0, null)), QualifyingMetrics.growthValue().spec(),
                TierPolicies.jd().spec(), EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void every_field_of_a_membership_survives_the_round_trip_found_or_locked() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        Membership full = new Membership(tenant, li, VIP, "g".repeat(32), T0, T0.minusSeconds(60), LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31), new TierOverride("diamond", "投诉补偿 ".repeat(200), "a".repeat(200), T0.plusNanos(1_000)), 0);
        Membership bare = member(han, "registered", 0);

        // when
        run(() -> {
            memberships().insert(full);
            memberships().insert(bare);
        });

        // then
        assertThat(find(li)).contains(full);
        assertThat(find(han)).contains(bare);
        assertThat(tx(() -> memberships().lock(tenant, li, VIP))).contains(full);
    }

    @Test
    void a_membership_of_another_programme_or_tenant_or_customer_is_not_found_nor_locked() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> memberships().insert(member(li, "gold", 0)));

        // when / then
        assertThat(tx(() -> memberships().find(tenant, li, ProgrammeId.DEFAULT))).isEmpty();
        assertThat(tx(() -> memberships().find(Tenants.fresh(), li, VIP))).isEmpty();
        assertThat(tx(() -> memberships().lock(Tenants.fresh(), li, VIP))).isEmpty();
        assertThat(tx(() -> memberships().lock(tenant, CustomerId.of("han"), VIP))).isEmpty();
    }

    @Test
    void a_second_membership_of_the_same_member_is_a_duplicate_key_and_the_first_stays() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Membership first = member(li, "gold", 0);
        run(() -> memberships().insert(first));

        // when / then
        assertThatThrownBy(() -> run(() -> memberships().insert(member(li, "silver", 0)))).isInstanceOf(DuplicateKeyException.class);
        assertThat(find(li)).contains(first);
    }

    @Test
    void the_same_customer_may_be_a_member_of_two_programmes_and_lists_them_by_programme_id() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Membership vip = member(li, "gold", 0);
        Membership basic = new Membership(tenant, li, ProgrammeId.of("basic"), "registered", T0, T0, LocalDate.of(2025, 1, 1), null, null, 0);

        // when
        run(() -> {
            memberships().insert(vip);
            memberships().insert(basic);
        });

        // then
        assertThat(tx(() -> memberships().ofCustomer(tenant, li))).containsExactly(basic, vip);
        assertThat(tx(() -> memberships().ofCustomer(Tenants.fresh(), li))).isEmpty();
        assertThat(tx(() -> memberships().ofCustomer(tenant, aStoredCustomer(tenant, "han")))).isEmpty();
    }

    @Test
    void an_update_with_the_next_version_replaces_the_membership() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> memberships().insert(member(li, "silver", 0)));
        Membership v1 = new Membership(tenant, li, VIP, "gold", T0.plusSeconds(5), T0.plusSeconds(5), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 1), new TierOverride("diamond", "VIP event", "ops", T0.plusSeconds(86_400)), 1);
        Membership v2 = new Membership(tenant, li, VIP, "gold", T0.plusSeconds(5), T0.plusSeconds(5), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 1), null, 2);

        // when
        run(() -> memberships().update(v1));
        Optional<Membership> afterFirst = find(li);
        run(() -> memberships().update(v2));

        // then
        assertThat(afterFirst).contains(v1);
        assertThat(find(li)).contains(v2);
    }

    @Test
    void an_update_whose_version_is_not_the_next_one_or_of_an_absent_membership_is_stale_and_changes_nothing() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> memberships().insert(member(li, "silver", 0)));
        Membership v1 = member(li, "gold", 1);
        run(() -> memberships().update(v1));

        // when / then
        assertThatThrownBy(() -> run(() -> memberships().update(member(li, "diamond", 1)))).as("a late writer")
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> run(() -> memberships().update(member(li, "diamond", 3)))).as("a version skipped")
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> run(() -> memberships().update(member(aStoredCustomer(tenant, "han"), "gold", 1)))).as("an absent one")
                .isInstanceOf(StaleVersionException.class);
        assertThat(find(li)).contains(v1);
    }

    @Test
    void updating_several_memberships_moves_each_one_version_up_and_a_stale_one_refuses_the_lot() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        run(() -> {
            memberships().insert(member(li, "silver", 0));
            memberships().insert(member(han, "silver", 0));
        });
        List<Membership> both = List.of(member(li, "gold", 1), member(han, "gold", 1));

        // when
        run(() -> memberships().updateAll(both));

        // then
        assertThat(find(li)).contains(both.get(0));
        assertThat(find(han)).contains(both.get(1));
        assertThatThrownBy(() -> run(() -> memberships().updateAll(List.of(member(li, "diamond", 2), member(han, "diamond", 5)))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(find(li)).contains(both.get(0));
        assertThat(find(han)).contains(both.get(1));
    }

    @Test
    void locking_several_returns_each_of_those_that_exist_once_in_customer_id_order() {
        // given
        CustomerId c1 = aStoredCustomer(tenant, "c01");
        CustomerId c2 = aStoredCustomer(tenant, "c02");
        CustomerId c3 = aStoredCustomer(tenant, "c03");
        run(() -> List.of(c3, c1, c2).forEach(c -> memberships().insert(member(c, "gold", 0))));

        // when
        List<Membership> locked = tx(() -> memberships().lockAll(tenant, VIP, List.of(c3, CustomerId.of("nobody"), c1, c3)));

        // then
        assertThat(locked).containsExactly(member(c1, "gold", 0), member(c3, "gold", 0));
        assertThat(tx(() -> memberships().lockAll(tenant, VIP, List.of()))).isEmpty();
        assertThat(tx(() -> memberships().lockAll(Tenants.fresh(), VIP, List.of(c1)))).isEmpty();
    }

    @Test
    void a_fact_is_recorded_once_per_key_in_the_tenant_and_read_back_whoever_it_is_of() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        MetricFact first = new MetricFact(tenant, li, VIP, "k".repeat(200), "o".repeat(128), Long.MAX_VALUE, Integer.MAX_VALUE, -5, T0);
        MetricFact bare = new MetricFact(tenant, li, VIP, "refund:1", null, 0, 0, 0, T0);
        TenantId neighbour = Tenants.fresh();

        // when
        boolean added = tx(() -> memberships().addFact(first) & memberships().addFact(bare));
        boolean again = tx(() -> memberships().addFact(new MetricFact(tenant, han, VIP, first.key(), null, 1, 1, 1, T0)));
        boolean elsewhere = tx(() -> memberships().addFact(new MetricFact(neighbour, aStoredCustomer(neighbour, "li"), VIP, first.key(),
                null, 1, 1, 1, T0)));

        // then
        assertThat(added).isTrue();
        assertThat(again).isFalse();
        assertThat(elsewhere).isTrue();
        assertThat(tx(() -> memberships().fact(tenant, first.key()))).contains(first);
        assertThat(tx(() -> memberships().fact(tenant, bare.key()))).contains(bare);
        assertThat(tx(() -> memberships().fact(tenant, "no-such-key"))).isEmpty();
        assertThat(tx(() -> memberships().facts(tenant, han, VIP))).isEmpty();
    }

    @Test
    void the_same_key_twice_in_one_unit_of_work_is_recorded_once() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        MetricFact fact = fact(li, VIP, "order-1", T0);

        // when
        List<Boolean> added = tx(() -> List.of(memberships().addFact(fact), memberships().addFact(fact)));

        // then
        assertThat(added).containsExactly(true, false);
        assertThat(tx(() -> memberships().facts(tenant, li, VIP))).containsExactly(fact);
    }

    @Test
    void a_members_facts_come_oldest_first_and_only_that_members() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        MetricFact late = fact(li, VIP, "k1", T0.plusSeconds(60));
        MetricFact early = fact(li, VIP, "k2", T0);
        MetricFact middle = fact(li, VIP, "k3", T0.plusNanos(1_000));
        run(() -> List.of(late, early, middle, fact(han, VIP, "k4", T0), fact(li, ProgrammeId.DEFAULT, "k5", T0))
                .forEach(memberships()::addFact));

        // when / then
        assertThat(tx(() -> memberships().facts(tenant, li, VIP))).containsExactly(early, middle, late);
    }

    @Test
    void facts_of_several_members_are_read_in_one_go_for_those_that_have_any() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerId silent = aStoredCustomer(tenant, "silent");
        CustomerId notAsked = aStoredCustomer(tenant, "jin"); // between han and li in id order
        MetricFact liLate = fact(li, VIP, "k1", T0.plusSeconds(1));
        MetricFact liEarly = fact(li, VIP, "k2", T0);
        MetricFact hans = fact(han, VIP, "k3", T0);
        run(() -> List.of(liLate, liEarly, hans, fact(li, ProgrammeId.DEFAULT, "k4", T0), fact(notAsked, VIP, "k5", T0))
                .forEach(memberships()::addFact));

        // when
        Map<CustomerId, List<MetricFact>> facts = tx(() -> memberships().facts(tenant, VIP, List.of(li, han, silent)));

        // then
        assertThat(facts).containsOnly(Map.entry(li, List.of(liEarly, liLate)), Map.entry(han, List.of(hans)));
        assertThat(tx(() -> memberships().facts(tenant, VIP, List.of()))).isEmpty();
    }

    @Test
    void history_lines_read_back_in_sequence_order_and_give_each_members_last_sequence() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        TierChange joined = new TierChange(tenant, li, VIP, 1, null, "registered", ChangeReason.JOINED, 0, T0, null);
        TierChange up = new TierChange(tenant, li, VIP, 2, "registered", "g".repeat(32), ChangeReason.THRESHOLD_CROSSED, Long.MAX_VALUE,
                T0.plusNanos(1_000), "升级 ".repeat(250));
        TierChange hans = new TierChange(tenant, han, VIP, 7, null, "gold", ChangeReason.OVERRIDE, -1, T0, "");

        // when
        run(() -> memberships().appendChanges(List.of(up, joined, hans)));

        // then
        assertThat(tx(() -> memberships().history(tenant, li, VIP))).containsExactly(joined, up);
        assertThat(tx(() -> memberships().history(tenant, han, VIP))).containsExactly(hans);
        assertThat(tx(() -> memberships().lastSequences(tenant, VIP, List.of(li, han, CustomerId.of("nobody")))))
                .containsOnly(Map.entry(li, 2L), Map.entry(han, 7L));
        assertThat(tx(() -> memberships().history(tenant, li, ProgrammeId.DEFAULT))).isEmpty();
        assertThat(tx(() -> memberships().lastSequences(Tenants.fresh(), VIP, List.of(li)))).isEmpty();
    }

    @Test
    void locking_with_facts_reads_the_membership_its_facts_oldest_first_and_its_last_line_and_nothing_of_another_member() {
        // given: li with facts and history, han a member with neither, a fact and a line of li's in another programme
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerId jin = aStoredCustomer(tenant, "jin");
        run(() -> {
            memberships().insert(member(li, "gold", 0));
            memberships().insert(member(han, "registered", 0));
        });
        MetricFact late = fact(li, VIP, "k1", T0.plusSeconds(60));
        MetricFact early = fact(li, VIP, "k2", T0);
        run(() -> List.of(late, early, fact(li, ProgrammeId.DEFAULT, "k3", T0), fact(jin, VIP, "k4", T0)).forEach(memberships()::addFact));
        run(() -> memberships().appendChanges(List.of(
                new TierChange(tenant, li, VIP, 1, null, "registered", ChangeReason.JOINED, 0, T0, null),
                new TierChange(tenant, li, VIP, 2, "registered", "gold", ChangeReason.THRESHOLD_CROSSED, 100, T0, null),
                new TierChange(tenant, li, ProgrammeId.DEFAULT, 9, null, "registered", ChangeReason.JOINED, 0, T0, null),
                new TierChange(tenant, jin, VIP, 5, null, "registered", ChangeReason.JOINED, 0, T0, null))));

        // when
        Optional<LockedMembership> lis = tx(() -> memberships().lockWithFacts(tenant, li, VIP, null, List.of()));
        Optional<LockedMembership> hans = tx(() -> memberships().lockWithFacts(tenant, han, VIP, null, List.of()));

        // then
        assertThat(lis).contains(new LockedMembership(member(li, "gold", 0), List.of(early, late), readsWithTheLock() ? 2 : UNREAD));
        assertThat(hans).contains(new LockedMembership(member(han, "registered", 0), List.of(), readsWithTheLock() ? 0 : UNREAD));
        assertThat(tx(() -> memberships().lockWithFacts(tenant, jin, VIP, null, List.of()))).as("facts and lines but no membership").isEmpty();
        assertThat(tx(() -> memberships().lockWithFacts(Tenants.fresh(), li, VIP, null, List.of()))).as("another tenant").isEmpty();
        assertThat(tx(() -> memberships().lockWithFacts(tenant, li, ProgrammeId.of("other"), null, List.of()))).as("another programme").isEmpty();
    }

    @Test
    void locking_with_facts_and_counters_returns_the_tenants_counters_that_exist_where_the_store_reads_them_with_the_lock() {
        // given: a counter of this tenant, the same name in another tenant
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> memberships().insert(member(li, "registered", 0)));
        run(() -> {
            memberships().lockCounter(tenant, "growth:budget");
            memberships().setCounter(tenant, "growth:budget", 5);
        });
        TenantId neighbour = Tenants.fresh();
        run(() -> {
            memberships().lockCounter(neighbour, "growth:limit");
            memberships().setCounter(neighbour, "growth:limit", 9);
        });

        // when
        Optional<LockedMembership> locked = tx(() -> memberships().lockWithFacts(tenant, li, VIP, null, List.of("growth:budget", "growth:limit")));

        // then: a store that reads counters with the lock returns the one that exists, another none
        assertThat(locked.orElseThrow().counters()).isEqualTo(readsWithTheLock() ? Map.of("growth:budget", 5L) : Map.of());
        assertThat(locked.orElseThrow().membership()).isEqualTo(member(li, "registered", 0));
    }

    @Test
    void locking_with_a_fact_key_tells_whether_the_tenant_has_a_fact_under_it_whoever_it_is_of() {
        // given: han's fact under k1; the same key in another tenant
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        run(() -> memberships().insert(member(li, "registered", 0)));
        run(() -> memberships().addFact(fact(han, VIP, "k1", T0)));
        TenantId neighbour = Tenants.fresh();
        CustomerId theirs = aStoredCustomer(neighbour, "li");
        run(() -> memberships().addFact(new MetricFact(neighbour, theirs, VIP, "k2", "o", 1, 1, 1, T0)));

        // when / then
        assertThat(tx(() -> memberships().lockWithFacts(tenant, li, VIP, "k1", List.of())).orElseThrow().factKeyFree()).isFalse();
        assertThat(tx(() -> memberships().lockWithFacts(tenant, li, VIP, "k2", List.of())).orElseThrow().factKeyFree())
                .as("free here, taken in another tenant").isEqualTo(readsWithTheLock());
        assertThat(tx(() -> memberships().lockWithFacts(tenant, li, VIP, null, List.of())).orElseThrow().factKeyFree()).isFalse();
    }

    @Test
    void a_new_fact_is_recorded_and_one_under_a_taken_key_fails_its_unit_of_work_with_a_duplicate_key_leaving_nothing_of_it() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        MetricFact first = fact(li, VIP, "k1", T0);
        run(() -> memberships().addNewFact(first));

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> run(() -> {
            memberships().addNewFact(fact(han, VIP, "k2", T0));
            memberships().addNewFact(fact(han, VIP, "k1", T0));
        }));

        // then
        assertThat(thrown).isInstanceOf(DuplicateKeyException.class);
        assertThat(tx(() -> memberships().fact(tenant, "k1"))).contains(first);
        assertThat(tx(() -> memberships().fact(tenant, "k2"))).as("the unit's other fact").isEmpty();
    }

    @Test
    void locking_with_facts_sees_the_facts_and_lines_written_earlier_in_the_same_unit_of_work() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> memberships().insert(member(li, "registered", 0)));
        MetricFact fact = fact(li, VIP, "k1", T0);
        TierChange line = new TierChange(tenant, li, VIP, 1, null, "registered", ChangeReason.JOINED, 0, T0, null);

        // when
        Optional<LockedMembership> locked = tx(() -> {
            memberships().addFact(fact);
            memberships().appendChanges(List.of(line));
            return memberships().lockWithFacts(tenant, li, VIP, null, List.of());
        });

        // then
        assertThat(locked).contains(new LockedMembership(member(li, "registered", 0), List.of(fact), readsWithTheLock() ? 1 : UNREAD));
    }

    @Test
    void a_history_line_with_a_sequence_the_member_has_is_a_duplicate_key_and_nothing_of_the_batch_stays() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        TierChange first = new TierChange(tenant, li, VIP, 1, null, "registered", ChangeReason.JOINED, 0, T0, null);
        run(() -> memberships().appendChanges(List.of(first)));

        // when / then
        assertThatThrownBy(() -> run(() -> memberships().appendChanges(List.of(
                new TierChange(tenant, li, VIP, 2, "registered", "gold", ChangeReason.ASSESSMENT, 5, T0, null),
                new TierChange(tenant, li, VIP, 1, "registered", "gold", ChangeReason.ASSESSMENT, 5, T0, null)))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(tx(() -> memberships().history(tenant, li, VIP))).containsExactly(first);
    }

    @Test
    void anonymising_erases_the_notes_of_the_customers_override_lines_in_every_ladder_only() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        TierChange override = new TierChange(tenant, li, VIP, 1, "gold", "diamond", ChangeReason.OVERRIDE, 0, T0, "李雷 complained");
        TierChange otherLadder = new TierChange(tenant, li, ProgrammeId.DEFAULT, 1, "gold", "diamond", ChangeReason.OVERRIDE, 0, T0, "again");
        TierChange assessment = new TierChange(tenant, li, VIP, 2, "diamond", "gold", ChangeReason.ASSESSMENT, 0, T0, "kept: not an override");
        TierChange unnoted = new TierChange(tenant, li, VIP, 3, "gold", "gold", ChangeReason.OVERRIDE, 0, T0, null);
        TierChange hans = new TierChange(tenant, han, VIP, 1, "gold", "diamond", ChangeReason.OVERRIDE, 0, T0, "keep me");
        run(() -> memberships().appendChanges(List.of(override, otherLadder, assessment, unnoted, hans)));

        // when
        run(() -> memberships().anonymiseOverrideNotes(Tenants.fresh(), han));
        run(() -> memberships().anonymiseOverrideNotes(tenant, li));

        // then
        assertThat(tx(() -> memberships().history(tenant, li, VIP))).containsExactly(
                new TierChange(tenant, li, VIP, 1, "gold", "diamond", ChangeReason.OVERRIDE, 0, T0, PersonalData.ERASED), assessment, unnoted);
        assertThat(tx(() -> memberships().history(tenant, li, ProgrammeId.DEFAULT))).extracting(TierChange::note)
                .containsExactly(PersonalData.ERASED);
        assertThat(tx(() -> memberships().history(tenant, han, VIP))).containsExactly(hans);
    }

    @Test
    void a_programmes_memberships_are_counted_and_paged_in_customer_id_order() {
        // given ids that sort alike in any collation, inserted out of order
        List<String> ids = List.of("c03", "c06", "c09", "c12", "c15");
        run(() -> List.of("c12", "c03", "c15", "c09", "c06").forEach(id -> memberships().insert(member(aStoredCustomer(tenant, id), "gold", 0))));
        run(() -> memberships().insert(new Membership(tenant, CustomerId.of("c03"), ProgrammeId.DEFAULT, "gold", T0, T0,
                LocalDate.of(2025, 1, 1), null, null, 0)));

        // when
        List<List<Membership>> pages = pages(r -> memberships().page(tenant, VIP, r), 2);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(m -> m.customerId().value())).containsExactlyElementsOf(ids);
        assertThat(pages.get(0)).hasSize(2);
        assertThat(tx(() -> memberships().count(tenant, VIP))).isEqualTo(5);
        assertThat(tx(() -> memberships().count(tenant, ProgrammeId.of("empty")))).isZero();
        assertThat(pages(r -> memberships().page(Tenants.fresh(), VIP, r), 10)).containsExactly(List.of());
    }

    @Test
    void a_counter_starts_at_zero_and_keeps_what_was_set_per_tenant_and_name() {
        // given
        TenantId neighbour = Tenants.fresh();

        // when
        long fresh = tx(() -> memberships().lockCounter(tenant, "growth:campaign:618"));
        run(() -> memberships().setCounter(tenant, "growth:campaign:618", memberships().lockCounter(tenant, "growth:campaign:618") + 500));

        // then
        assertThat(fresh).isZero();
        assertThat(tx(() -> memberships().lockCounter(tenant, "growth:campaign:618"))).isEqualTo(500);
        assertThat(tx(() -> memberships().lockCounter(tenant, "growth:campaign:11.11"))).isZero();
        assertThat(tx(() -> memberships().lockCounter(neighbour, "growth:campaign:618"))).isZero();
    }

    @Test
    void everything_written_in_a_unit_of_work_that_fails_is_undone() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Membership v0 = member(li, "silver", 0);
        run(() -> memberships().insert(v0));

        // when
        runAndRollBack(() -> {
            memberships().update(member(li, "gold", 1));
            memberships().insert(member(aStoredCustomer(tenant, "han"), "gold", 0));
            memberships().addFact(fact(li, VIP, "order-1", T0));
            memberships().appendChanges(List.of(new TierChange(tenant, li, VIP, 1, null, "gold", ChangeReason.JOINED, 0, T0, null)));
            memberships().setCounter(tenant, "budget", memberships().lockCounter(tenant, "budget") + 5);
        });

        // then
        assertThat(find(li)).contains(v0);
        assertThat(find(CustomerId.of("han"))).isEmpty();
        assertThat(tx(() -> memberships().fact(tenant, "order-1"))).isEmpty();
        assertThat(tx(() -> memberships().history(tenant, li, VIP))).isEmpty();
        assertThat(tx(() -> memberships().lockCounter(tenant, "budget"))).isZero();
    }

    @Test
    void the_memberships_of_many_customers_are_read_at_once_in_one_programme_of_one_tenant() {
        // given li and han are VIP members, mei is a member of another programme only, li of another tenant is a VIP too
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerId mei = aStoredCustomer(tenant, "mei");
        TenantId neighbour = Tenants.fresh();
        CustomerId otherLi = aStoredCustomer(neighbour, "li");
        Membership lisMembership = member(li, "gold", 0);
        Membership hansMembership = member(han, "silver", 0);
        run(() -> {
            memberships().insert(lisMembership);
            memberships().insert(hansMembership);
            memberships().insert(new Membership(tenant, mei, ProgrammeId.of("basic"), "registered", T0, T0, LocalDate.of(2025, 1, 1), null,
                    null, 0));
            memberships().insert(new Membership(neighbour, otherLi, VIP, "diamond", T0, T0, LocalDate.of(2025, 1, 1), null, null, 0));
        });

        // when
        List<Membership> found = tx(() -> memberships().findAll(tenant, VIP, List.of(mei, han, li, CustomerId.of("nobody"))));

        // then
        assertThat(found).containsExactlyInAnyOrder(lisMembership, hansMembership);
        assertThat(tx(() -> memberships().findAll(tenant, VIP, List.of()))).isEmpty();
    }

    /**
     * Whether the store reads the last history line, the fact key and the counters with the
     * membership's lock ({@link Memberships#lockWithFacts}); the default reads none of them.
     */
    protected boolean readsWithTheLock() {
        return false;
    }

    private Membership member(CustomerId customerId, String tier, long version) {
        return new Membership(tenant, customerId, VIP, tier, T0, T0, LocalDate.of(2025, 1, 1), null, null, version);
    }

    private MetricFact fact(CustomerId customerId, ProgrammeId programmeId, String key, Instant at) {
        return new MetricFact(tenant, customerId, programmeId, key, "order-" + key, 10_000, 1, 100, at);
    }

    private Memberships memberships() {
        return storage().memberships();
    }

    private Optional<Membership> find(CustomerId customerId) {
        return tx(() -> memberships().find(tenant, customerId, VIP));
    }
}
