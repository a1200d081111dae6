package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.crmkit.Crm;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.TestMetrics;
import org.crmkit.testing.TestPolicies;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.TierService;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.QualifyingMetricFactory;
import org.crmkit.tier.spi.TierPolicy;
import org.junit.jupiter.api.Test;

/**
 * Qualifying metrics and tier policies of one's own: registered on the builder or found with
 * {@link java.util.ServiceLoader} (crm-core's test resources list {@link TestMetrics.CalendarYearSpend}
 * and {@link TestPolicies.NeverDown}), stored by their spec, recreated when the ladder is read, and
 * refused clearly where no factory knows them.
 */
public abstract class TierPluginsContract extends TierFixture {

    /** A {@link Crm} on the same storage and clock with the builder-registered plug-ins. */
    private TierService withBuilderPlugins() {
        return Crm.builder().storage(storage()).clock(clock)
                .qualifyingMetricFactory(new TestMetrics.ActivityGrowthFactory())
                .tierPolicyFactory(new TestPolicies.OneStepUpFactory())
                .build().tiers();
    }

    @Test
    void a_metric_and_a_policy_registered_on_the_builder_decide_the_tier_and_survive_a_reload() {
        // given: tiers by growth from activities, climbing one tier per change
        TierService plugged = withBuilderPlugins();
        plugged.defineLadder(ladder(tenant, new TestMetrics.ActivityGrowth(), new TestPolicies.OneStepUp(), 0, 1000, 3000, 10000, 30000));

        // when
        plugged.recordPurchase(purchase(li, "o-1", "50000.00", null));
        String afterPurchase = plugged.status(tenant, li, PROGRAMME).tier().code();
        String afterBigGrant = plugged.grantGrowth(new org.crmkit.tier.GrantGrowth(tenant, li, PROGRAMME, "g-1", 12_000, "reviews"))
                .tier().code();
        String afterSecondGrant = plugged.grantGrowth(new org.crmkit.tier.GrantGrowth(tenant, li, PROGRAMME, "g-2", 1, "sign-in"))
                .tier().code();
        at("2025-06-01T00:10");
        plugged.assess(tenant, PROGRAMME, LocalDate.parse("2025-06-01"), 0, 1, AssessmentListener.NONE);

        // then
        assertThat(afterPurchase).isEqualTo("registered");
        assertThat(afterBigGrant).isEqualTo("bronze");
        assertThat(afterSecondGrant).isEqualTo("silver");
        assertThat(plugged.status(tenant, li, PROGRAMME).tier().code()).isEqualTo("gold");
        assertThat(plugged.ladder(tenant, PROGRAMME).orElseThrow())
                .extracting(TierLadder::metric, TierLadder::policy)
                .containsExactly(new TestMetrics.ActivityGrowth(), new TestPolicies.OneStepUp());
    }

    @Test
    void a_metric_and_a_policy_found_on_the_class_path_need_no_registration() {
        // given: spend in the calendar year, never down, assessed on 1 June
        tiers.defineLadder(ladder(tenant, new TestMetrics.CalendarYearSpend(), new TestPolicies.NeverDown(6), 0, 1000, 3000, 10000, 30000));
        buy(li, "12000.00");

        // when: the new year empties the metric, the June assessment keeps gold
        at("2026-06-01T00:10");
        long metricNextYear = statusOf(li).metric();
        assess("2026-06-01");

        // then
        assertThat(metricNextYear).isZero();
        assertThat(tierOf(li)).isEqualTo("gold");
        assertThat(statusOf(li).outlook().assessmentDay()).isEqualTo(LocalDate.parse("2027-06-01"));
        assertThat(tiers.ladder(tenant, PROGRAMME).orElseThrow().policy()).isEqualTo(new TestPolicies.NeverDown(6));
    }

    @Test
    void reading_a_ladder_whose_plug_in_this_instance_does_not_know_fails_naming_the_kind_and_how_to_register_it() {
        // given: the ladder was defined by an instance with the builder plug-ins
        withBuilderPlugins().defineLadder(ladder(tenant, QualifyingMetrics.growthValue(), new TestPolicies.OneStepUp(), 0, 1000));

        // when: this instance has no one-step-up factory
        Throwable error = catchThrowable(() -> statusOf(li));

        // then
        assertThat(error).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tier ladder of programme " + PROGRAMME.value())
                .hasMessageContaining("'one-step-up'")
                .hasMessageContaining("known kinds: [never-down, standard]")
                .hasMessageContaining("Crm.builder()")
                .hasMessageContaining("META-INF/services/org.crmkit.tier.spi.TierPolicyFactory");
    }

    @Test
    void a_ladder_naming_a_plug_in_this_instance_cannot_recreate_is_refused_before_it_is_stored() {
        // when
        ValidationException error = validationErrorOf(() -> tiers.defineLadder(
                ladder(tenant, new TestMetrics.ActivityGrowth(), new TestPolicies.NeverDown(13), 0, 1000)));

        // then
        assertThat(fieldsOf(error)).containsExactlyInAnyOrder("metric", "policy");
        assertThat(error.getMessage()).contains("activity-growth").contains("never-down needs a month 1 to 12 but was 13");
        assertThat(tiers.ladder(tenant, PROGRAMME)).contains(jdLadder(tenant));
    }

    @Test
    void a_factory_given_to_the_builder_wins_over_a_discovered_one_of_the_same_kind() {
        // given: the builder's calendar-year-spend counts lifetime spend instead
        QualifyingMetricFactory lifetime = new QualifyingMetricFactory() {
            @Override
            public String kind() {
                return "calendar-year-spend";
            }

            @Override
            public QualifyingMetric create(String argument) {
                return QualifyingMetrics.lifetimeSpend();
            }
        };
        TierService plugged = Crm.builder().storage(storage()).clock(clock).qualifyingMetricFactory(lifetime).build().tiers();
        TierPolicy jd = TierPolicies.jd();
        plugged.defineLadder(ladder(tenant, new TestMetrics.CalendarYearSpend(), jd, 0, 1000, 3000, 10000, 30000));

        // when
        plugged.recordPurchase(purchase(li, "old", "5000.00", shanghai("2024-12-31T10:00")));

        // then
        assertThat(plugged.status(tenant, li, PROGRAMME).metric()).isEqualTo(5000);
        assertThat(plugged.ladder(tenant, PROGRAMME).orElseThrow().metric()).isEqualTo(QualifyingMetrics.lifetimeSpend());
    }
}
