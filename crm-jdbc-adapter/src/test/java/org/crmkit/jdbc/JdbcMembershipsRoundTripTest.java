package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentSchedule;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.LadderDefinition;
import org.crmkit.tier.Membership;
import org.crmkit.tier.Memberships;
import org.crmkit.tier.MetricFact;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierOverride;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.TierPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the tier port stores on H2 and PostgreSQL comes back exactly as it went in. */
class JdbcMembershipsRoundTripTest {

    private static final ProgrammeId VIP = ProgrammeId.of("vip");
    private static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456Z");

    private final TenantId tenant = Tenants.fresh();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_ladder_comes_back_exactly_as_saved_and_saving_again_replaces_it(Dialect dialect) {
        // given
        Memberships memberships = storage(dialect).memberships();
        EarningPolicy growth = EarningPolicy.basic(Currency.getInstance("CNY"), new BigDecimal("1.50"))
                .withCategoryMultiplier("fresh", new BigDecimal("2.0"))
                .withCampaign(Campaign.of("618", new BigDecimal("2"), T0, T0.plusSeconds(86_400)).withBudget(50_000))
                .withCaps(2_000L, null);
        LadderDefinition first = LadderDefinition.of(jdLadder(QualifyingMetrics.growthValue(), TierPolicies.jd(), ZoneId.of("Asia/Shanghai"))
                .withGrowthEarning(growth));
        LadderDefinition second = LadderDefinition.of(jdLadder(QualifyingMetrics.rollingSpend(6),
                TierPolicies.standard(AssessmentSchedule.ANNIVERSARY, Period.of(1, 6, 15), false), ZoneId.of("+08:00")));

        // when
        memberships.saveLadder(first);
        LadderDefinition storedFirst = memberships.ladder(tenant, VIP).orElseThrow();
        memberships.saveLadder(second);
        LadderDefinition storedSecond = memberships.ladder(tenant, VIP).orElseThrow();

        // then
        assertThat(storedFirst).isEqualTo(first);
        assertThat(storedFirst.growthEarning().pointsPerUnit()).hasToString("1.50");
        assertThat(storedFirst.growthEarning().categoryMultipliers().get("fresh")).hasToString("2.0");
        assertThat(storedFirst.policy()).isEqualTo("standard:monthly,P12M,one-tier");
        assertThat(storedSecond.metric()).isEqualTo("rolling-spend:6");
        assertThat(storedSecond.policy()).isEqualTo("standard:anniversary,P1Y6M15D,any-tiers");
        assertThat(storedFirst.tiers().get(2).benefits().pointsMultiplier()).hasToString("1E+1");
        assertThat(storedFirst.tiers().get(1).benefits().attributes()).containsExactly(
                Map.entry("badge", "金"), Map.entry("lounge", "yes"));
        assertThat(storedSecond).isEqualTo(second);
        assertThat(memberships.ladder(tenant, ProgrammeId.DEFAULT)).isEmpty();
    }

    @Test
    void ladder_rules_stored_in_the_first_format_read_as_the_built_in_metric_and_policy_they_meant() {
        // given: what the column held before metrics and policies became plug-ins
        String rollingSpend = "{\"metric\":\"ROLLING_SPEND\",\"windowMonths\":6,\"growthPerUnit\":1.50,\"schedule\":\"ANNIVERSARY\","
                + "\"retention\":\"P1Y6M15D\",\"dropAtMostOneTier\":false}";
        String growth = "{\"metric\":\"GROWTH_VALUE\",\"windowMonths\":12,\"growthPerUnit\":1,\"schedule\":\"MONTHLY\","
                + "\"retention\":\"P12M\",\"dropAtMostOneTier\":true}";

        // when
        LadderRules first = LadderRules.read(rollingSpend);
        LadderRules second = LadderRules.read(growth);

        // then
        assertThat(first.metric()).isEqualTo(QualifyingMetrics.rollingSpend(6).spec());
        assertThat(first.policy()).isEqualTo(TierPolicies.standard(AssessmentSchedule.ANNIVERSARY, Period.of(1, 6, 15), false).spec());
        assertThat(first.growthEarning().pointsPerUnit()).hasToString("1.50");
        assertThat(second.metric()).isEqualTo(QualifyingMetrics.growthValue().spec());
        assertThat(second.policy()).isEqualTo(TierPolicies.jd().spec());
        assertThat(second.growthEarning()).isEqualTo(TierLadder.ONE_GROWTH_PER_YUAN);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_membership_is_inserted_found_locked_and_updated_one_version_at_a_time(Dialect dialect) {
        // given
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        CustomerId li = register(storage);
        Membership joined = membership(li, "registered", null, 0);
        Membership upgraded = new Membership(tenant, li, VIP, "gold", T0.plusSeconds(60), T0.plusSeconds(60),
                joined.joinedOn(), LocalDate.of(2025, 4, 1), null, 1);

        // when
        memberships.insert(joined);
        Membership found = memberships.find(tenant, li, VIP).orElseThrow();
        Membership locked = storage.transactions().inTransaction(() -> memberships.lock(tenant, li, VIP).orElseThrow());
        memberships.update(upgraded);

        // then
        assertThat(found).isEqualTo(joined);
        assertThat(locked).isEqualTo(joined);
        assertThat(memberships.find(tenant, li, VIP)).contains(upgraded);
        assertThatThrownBy(() -> memberships.update(upgraded)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> memberships.update(membership(register(storage), "gold", null, 1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(memberships.find(tenant, li, VIP)).contains(upgraded);
        assertThat(memberships.find(tenant, li, ProgrammeId.DEFAULT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void inserting_a_second_membership_for_the_same_member_is_a_duplicate_key(Dialect dialect) {
        // given
        CrmStorage storage = storage(dialect);
        CustomerId li = register(storage);
        Membership joined = membership(li, "registered", null, 0);
        storage.memberships().insert(joined);

        // when / then
        assertThatThrownBy(() -> storage.memberships().insert(membership(li, "gold", null, 0)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(storage.memberships().find(tenant, li, VIP)).contains(joined);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void an_override_survives_the_round_trip_and_can_be_lifted(Dialect dialect) {
        // given
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        CustomerId li = register(storage);
        TierOverride goodwill = new TierOverride("diamond", "complaint 4711: goodwill for a lost parcel", "agent-7",
                T0.plusSeconds(86_400 * 30));
        Membership overridden = membership(li, "silver", goodwill, 0);
        Membership lifted = membership(li, "silver", null, 1);

        // when
        memberships.insert(overridden);
        Membership stored = memberships.find(tenant, li, VIP).orElseThrow();
        memberships.update(lifted);

        // then
        assertThat(stored).isEqualTo(overridden);
        assertThat(stored.effectiveTier(T0)).isEqualTo("diamond");
        assertThat(memberships.find(tenant, li, VIP)).contains(lifted);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void facts_are_recorded_once_per_key_even_inside_one_unit_of_work_and_come_back_oldest_first(Dialect dialect) {
        // given
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        CustomerId li = register(storage);
        CustomerId wang = register(storage);
        MetricFact refund = fact(li, "refund-1", "order-1", -40, 0, -40, T0.plusSeconds(120));
        MetricFact purchaseB = fact(li, "purchase-b", "order-2", 25, 1, 25, T0);
        MetricFact purchaseA = fact(li, "purchase-a", "order-1", 100, 1, 100, T0);
        MetricFact review = fact(li, "review-1", null, 0, 0, 5, T0.plusSeconds(60));

        // when: a repeated key in the same unit of work must not spoil the unit (PostgreSQL)
        List<Boolean> added = storage.transactions().inTransaction(() -> List.of(
                memberships.addFact(refund),
                memberships.addFact(purchaseB),
                memberships.addFact(fact(li, "refund-1", "order-9", -1, -1, -1, T0)),
                memberships.addFact(purchaseA),
                memberships.addFact(fact(wang, "purchase-a", "order-7", 1, 1, 1, T0)),
                memberships.addFact(review)));
        boolean againLater = memberships.addFact(review);

        // then
        assertThat(added).containsExactly(true, true, false, true, false, true);
        assertThat(againLater).isFalse();
        assertThat(memberships.facts(tenant, li, VIP)).containsExactly(purchaseA, purchaseB, review, refund);
        assertThat(memberships.facts(tenant, wang, VIP)).isEmpty();
        assertThat(memberships.facts(tenant, li, ProgrammeId.DEFAULT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void history_comes_back_in_sequence_order(Dialect dialect) {
        // given
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        CustomerId li = register(storage);
        TierChange joined = change(li, 1, null, "registered", ChangeReason.JOINED, 0, null);
        TierChange upgraded = change(li, 2, "registered", "gold", ChangeReason.THRESHOLD_CROSSED, 12_000, null);
        TierChange overridden = change(li, 3, "gold", "diamond", ChangeReason.OVERRIDE, 12_000, "goodwill for a lost parcel");

        // when
        memberships.appendChanges(List.of(upgraded, joined));
        memberships.appendChanges(List.of(overridden));

        // then
        assertThat(memberships.history(tenant, li, VIP)).containsExactly(joined, upgraded, overridden);
        assertThatThrownBy(() -> memberships.appendChanges(List.of(change(li, 3, "diamond", "gold", ChangeReason.OVERRIDE_EXPIRED, 0, null))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(memberships.history(tenant, li, ProgrammeId.DEFAULT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_programmes_memberships_are_counted_and_paged_by_customer_id(Dialect dialect) {
        // given five members of the programme and one of another programme
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        List<Membership> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Membership m = membership(register(storage), "registered", null, 0);
            memberships.insert(m);
            members.add(m);
        }
        memberships.insert(new Membership(tenant, register(storage), ProgrammeId.DEFAULT, "registered", T0, T0,
                LocalDate.of(2025, 3, 1), null, null, 0));
        members.sort(Comparator.comparing(m -> m.customerId().value()));

        // when
        Page<Membership> first = memberships.page(tenant, VIP, PageRequest.first(2));
        Page<Membership> second = memberships.page(tenant, VIP, PageRequest.after(first.nextCursor().orElseThrow(), 2));
        Page<Membership> third = memberships.page(tenant, VIP, PageRequest.after(second.nextCursor().orElseThrow(), 2));
        Page<Membership> whole = memberships.page(tenant, VIP, PageRequest.first(5));

        // then
        assertThat(memberships.count(tenant, VIP)).isEqualTo(5);
        assertThat(memberships.count(tenant, ProgrammeId.DEFAULT)).isEqualTo(1);
        assertThat(first.items()).containsExactlyElementsOf(members.subList(0, 2));
        assertThat(second.items()).containsExactlyElementsOf(members.subList(2, 4));
        assertThat(third.items()).containsExactlyElementsOf(members.subList(4, 5));
        assertThat(third.hasNext()).isFalse();
        assertThat(whole.items()).containsExactlyElementsOf(members);
        assertThat(whole.hasNext()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_batch_of_members_is_locked_read_and_written_in_one_go(Dialect dialect) {
        // given: Li with two facts and two history lines, Wang with nothing, Zhao not a member
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        CustomerId li = register(storage);
        CustomerId wang = register(storage);
        CustomerId zhao = register(storage);
        Membership liJoined = membership(li, "registered", null, 0);
        Membership wangJoined = membership(wang, "registered", null, 0);
        memberships.insert(liJoined);
        memberships.insert(wangJoined);
        MetricFact later = fact(li, "purchase-2", "order-2", 20, 1, 20, T0.plusSeconds(60));
        MetricFact earlier = fact(li, "purchase-1", "order-1", 10, 1, 10, T0);
        memberships.addFact(later);
        memberships.addFact(earlier);
        memberships.appendChanges(List.of(change(li, 1, null, "registered", ChangeReason.JOINED, 0, null),
                change(li, 2, "registered", "silver", ChangeReason.THRESHOLD_CROSSED, 2_000, null)));
        Membership liGold = new Membership(tenant, li, VIP, "gold", T0, T0, liJoined.joinedOn(), LocalDate.of(2025, 4, 1), null, 1);
        Membership wangAssessed = new Membership(tenant, wang, VIP, "registered", T0, T0, wangJoined.joinedOn(), LocalDate.of(2025, 4, 1),
                null, 1);

        // when
        List<Membership> locked = storage.transactions().inTransaction(() -> memberships.lockAll(tenant, VIP, List.of(zhao, wang, li)));
        Map<CustomerId, List<MetricFact>> facts = memberships.facts(tenant, VIP, List.of(li, wang, zhao));
        Map<CustomerId, Long> last = memberships.lastSequences(tenant, VIP, List.of(li, wang));
        memberships.updateAll(List.of(liGold, wangAssessed));

        // then
        assertThat(locked).containsExactlyInAnyOrder(liJoined, wangJoined);
        assertThat(facts).containsOnlyKeys(li).containsEntry(li, List.of(earlier, later));
        assertThat(last).containsExactly(Map.entry(li, 2L));
        assertThat(memberships.find(tenant, li, VIP)).contains(liGold);
        assertThat(memberships.find(tenant, wang, VIP)).contains(wangAssessed);
        assertThatThrownBy(() -> storage.transactions().run(() -> memberships.updateAll(List.of(
                new Membership(tenant, wang, VIP, "gold", T0, T0, wangJoined.joinedOn(), null, null, 2), liGold))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(memberships.find(tenant, wang, VIP)).contains(wangAssessed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_page_written_together_comes_back_member_by_member_and_one_stale_member_refuses_the_page(Dialect dialect) {
        // given: 600 members (more than an assessment's page), every third with an override whose text needs quoting
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        List<Membership> joined = new ArrayList<>();
        List<Membership> assessed = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Membership m = membership(register(storage), "registered", null, 0);
            memberships.insert(m);
            joined.add(m);
            TierOverride override = i % 3 == 0 ? new TierOverride("gold", "goodwill, \"quoted\" {braces} 金牌 #" + i, "agent-" + i,
                    T0.plusSeconds(86_400L + i).plusNanos(123_456_789)) : null;
            assessed.add(new Membership(tenant, m.customerId(), VIP, i % 2 == 0 ? "silver" : "registered", T0.plusSeconds(i), T0,
                    m.joinedOn(), i % 5 == 0 ? null : LocalDate.of(2025, 4, 1), override, 1));
        }

        // when
        storage.transactions().run(() -> memberships.updateAll(assessed));
        List<Membership> stale = new ArrayList<>(assessed.stream().map(m -> goldAt(m, 2)).toList());
        stale.set(399, goldAt(assessed.get(399), 5));

        // then: each member as written, the override's instant rounded to the microsecond as a single update stores it
        for (int i = 0; i < 600; i++) {
            Membership expected = assessed.get(i);
            TierOverride o = expected.override();
            if (o != null) {
                expected = new Membership(tenant, expected.customerId(), VIP, expected.tierCode(), expected.since(), expected.upgradedAt(),
                        expected.joinedOn(), expected.lastAssessedOn(), new TierOverride(o.tierCode(), o.reason(), o.actor(),
                        o.until().plusNanos(500).truncatedTo(ChronoUnit.MICROS)), 1);
            }
            assertThat(memberships.find(tenant, joined.get(i).customerId(), VIP)).as("member %s", i).contains(expected);
        }
        assertThatThrownBy(() -> storage.transactions().run(() -> memberships.updateAll(stale)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(memberships.find(tenant, joined.get(0).customerId(), VIP)).map(Membership::tierCode).contains("silver");
        assertThat(memberships.find(tenant, joined.get(599).customerId(), VIP)).map(Membership::tierCode).contains("registered");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void tier_counters_start_at_zero_and_keep_what_was_set(Dialect dialect) {
        // given
        Memberships memberships = storage(dialect).memberships();

        // when
        long fresh = memberships.lockCounter(tenant, "growth:campaign:vip:618:budget");
        memberships.setCounter(tenant, "growth:campaign:vip:618:budget", 1_234);

        // then
        assertThat(fresh).isZero();
        assertThat(memberships.lockCounter(tenant, "growth:campaign:vip:618:budget")).isEqualTo(1_234);
        assertThat(memberships.lockCounter(Tenants.fresh(), "growth:campaign:vip:618:budget")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void another_tenant_sees_none_of_it_and_may_reuse_the_same_fact_key(Dialect dialect) {
        // given
        CrmStorage storage = storage(dialect);
        Memberships memberships = storage.memberships();
        CustomerId li = register(storage);
        memberships.saveLadder(LadderDefinition.of(jdLadder(QualifyingMetrics.growthValue(), TierPolicies.jd(), ZoneId.of("Asia/Shanghai"))));
        memberships.insert(membership(li, "registered", null, 0));
        memberships.addFact(fact(li, "purchase-1", "order-1", 10, 1, 10, T0));
        memberships.appendChanges(List.of(change(li, 1, null, "registered", ChangeReason.JOINED, 0, null)));
        TenantId other = Tenants.fresh();
        CustomerId otherLi = register(storage, other);

        // when / then
        assertThat(memberships.ladder(other, VIP)).isEmpty();
        assertThat(memberships.find(other, li, VIP)).isEmpty();
        assertThat(memberships.facts(other, li, VIP)).isEmpty();
        assertThat(memberships.history(other, li, VIP)).isEmpty();
        assertThat(memberships.count(other, VIP)).isZero();
        assertThat(memberships.page(other, VIP, PageRequest.first(10)).items()).isEmpty();
        assertThat(memberships.addFact(new MetricFact(other, otherLi, VIP, "purchase-1", "order-1", 10, 1, 10, T0))).isTrue();
    }

    // fixtures

    private static CrmStorage storage(Dialect dialect) {
        return dialect == Dialect.H2 ? TestDatabases.h2() : TestDatabases.postgres();
    }

    private CustomerId register(CrmStorage storage) {
        return register(storage, tenant);
    }

    private static CustomerId register(CrmStorage storage, TenantId tenantId) {
        return Crm.builder().storage(storage).build().customers().register(RegisterCustomer.of(tenantId, "Li", SourceChannel.APP)).id();
    }

    private TierLadder jdLadder(QualifyingMetric metric, TierPolicy policy, ZoneId zone) {
        TierBenefits silver = new TierBenefits(new BigDecimal("1.25"), new BigDecimal("0.050"), false, 3,
                Map.of("lounge", "yes", "badge", "金"));
        TierBenefits gold = new TierBenefits(new BigDecimal("1E+1"), new BigDecimal("0.10"), true, 1, Map.of());
        return TierLadder.of(tenant, VIP, List.of(
                Tier.of("registered", "注册会员", 0),
                new Tier("silver", "银牌会员", 2_000, silver),
                new Tier("gold", "金牌会员", 10_000, gold)), metric, policy, zone);
    }

    private Membership membership(CustomerId customerId, String tierCode, TierOverride override, long version) {
        return new Membership(tenant, customerId, VIP, tierCode, T0, T0, LocalDate.of(2024, 2, 29), null, override, version);
    }

    private Membership goldAt(Membership m, long version) {
        return new Membership(tenant, m.customerId(), VIP, "gold", m.since(), m.upgradedAt(), m.joinedOn(), m.lastAssessedOn(), m.override(),
                version);
    }

    private MetricFact fact(CustomerId customerId, String key, String orderId, long spend, int orders, long growth, Instant at) {
        return new MetricFact(tenant, customerId, VIP, key, orderId, spend, orders, growth, at);
    }

    private TierChange change(CustomerId customerId, long sequence, String from, String to, ChangeReason reason, long metric, String note) {
        return new TierChange(tenant, customerId, VIP, sequence, from, to, reason, metric, T0.plusSeconds(sequence), note);
    }
}
