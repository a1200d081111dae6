package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.contract.SalesScene.cny;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.crmkit.sales.ConversionReport;
import org.crmkit.sales.FunnelGroup;
import org.crmkit.sales.FunnelGrouping;
import org.crmkit.sales.MoveOpportunity;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.SalesFunnel;
import org.crmkit.sales.StageFigures;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conversion report read from the stage histories, as of several dates. The story, from day 0:
 * A (web, liu) and B (web, zhao) and C (fair, liu) and D (fair, zhao) open; day 1 A and B reach
 * PROPOSAL, C is lost; day 3 A reaches NEGOTIATION; day 4 A is won (8,000.00), B reaches
 * NEGOTIATION; day 6 B is lost and E (web, liu) opens.
 */
public abstract class SalesFunnelReportContract {

    private SalesScene scene;
    private Instant day0;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    private Opportunity move(Opportunity o, String stage) {
        return scene.sales.move(new MoveOpportunity(scene.tenant, o.opportunityId(), o.version(), stage, null));
    }

    private Instant day(double days) {
        return day0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @BeforeEach
    void theStory() {
        scene = new SalesScene(storage());
        day0 = scene.clock.instant();
        Opportunity a = scene.opportunity("a", "web", "liu", "8000.00");
        Opportunity b = scene.opportunity("b", "web", "zhao", "3000.00");
        Opportunity c = scene.opportunity("c", "fair", "liu", "1000.00");
        scene.opportunity("d", "fair", "zhao", "500.00");
        scene.clock.set(day(1));
        a = move(a, "PROPOSAL");
        b = move(b, "PROPOSAL");
        move(c, SalesFunnel.LOST);
        scene.clock.set(day(3));
        a = move(a, "NEGOTIATION");
        scene.clock.set(day(4));
        move(a, SalesFunnel.WON);
        b = move(b, "NEGOTIATION");
        scene.clock.set(day(6));
        move(b, SalesFunnel.LOST);
        scene.opportunity("e", "web", "liu", "700.00");
        scene.events();
    }

    @Test
    void as_of_day_five_the_funnel_counts_reach_current_conversion_won_value_and_time_in_stage() {
        // when
        ConversionReport report = scene.sales.conversionReport(scene.tenant, day(5), FunnelGrouping.ALL);

        // then
        assertThat(report.stages()).containsExactly("QUALIFIED", "PROPOSAL", "NEGOTIATION");
        FunnelGroup all = report.group("all").orElseThrow();
        assertThat(all.opportunities()).isEqualTo(4);
        assertThat(all.stages()).containsExactly(
                new StageFigures("QUALIFIED", 4, 1, new BigDecimal("0.5000"), Duration.ofDays(1)),
                new StageFigures("PROPOSAL", 2, 0, new BigDecimal("1.0000"), Duration.ofHours(60)),
                new StageFigures("NEGOTIATION", 2, 1, new BigDecimal("0.5000"), Duration.ofDays(1)));
        assertThat(all.won()).isEqualTo(1);
        assertThat(all.lost()).isEqualTo(1);
        assertThat(all.wonValue()).containsExactly(cny("8000.00"));
    }

    @Test
    void a_past_date_gives_the_funnel_as_it_stood_then_and_a_later_one_includes_what_followed() {
        // when
        FunnelGroup early = scene.sales.conversionReport(scene.tenant, day(0.5), FunnelGrouping.ALL).group("all").orElseThrow();
        FunnelGroup late = scene.sales.conversionReport(scene.tenant, day(7), FunnelGrouping.ALL).group("all").orElseThrow();

        // then
        assertThat(early.stages()).containsExactly(
                new StageFigures("QUALIFIED", 4, 4, new BigDecimal("0.0000"), null),
                new StageFigures("PROPOSAL", 0, 0, null, null),
                new StageFigures("NEGOTIATION", 0, 0, null, null));
        assertThat(early.won()).isZero();
        assertThat(early.wonValue()).isEmpty();
        assertThat(late.opportunities()).isEqualTo(5);
        assertThat(late.lost()).isEqualTo(2);
        assertThat(late.stages().get(0).current()).isEqualTo(2);
        assertThat(late.stages().get(2).averageTimeInStage()).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void grouped_by_source_and_by_owner_each_group_has_its_own_funnel() {
        // when
        ConversionReport bySource = scene.sales.conversionReport(scene.tenant, day(5), FunnelGrouping.SOURCE);
        ConversionReport byOwner = scene.sales.conversionReport(scene.tenant, day(5), FunnelGrouping.OWNER);

        // then
        assertThat(bySource.groups()).extracting(FunnelGroup::key).containsExactly("fair", "web");
        FunnelGroup web = bySource.group("web").orElseThrow();
        assertThat(web.stages()).extracting(StageFigures::reached).containsExactly(2L, 2L, 2L);
        assertThat(web.won()).isEqualTo(1);
        FunnelGroup fair = bySource.group("fair").orElseThrow();
        assertThat(fair.stages()).extracting(StageFigures::reached).containsExactly(2L, 0L, 0L);
        assertThat(fair.lost()).isEqualTo(1);
        assertThat(byOwner.groups()).extracting(FunnelGroup::key).containsExactly("liu", "zhao");
        FunnelGroup liu = byOwner.group("liu").orElseThrow();
        assertThat(liu.won()).isEqualTo(1);
        assertThat(liu.lost()).isEqualTo(1);
        assertThat(liu.wonValue()).containsExactly(cny("8000.00"));
        assertThat(byOwner.group("zhao").orElseThrow().stages()).extracting(StageFigures::current).containsExactly(1L, 0L, 1L);
    }

    @Test
    void another_tenant_sees_an_empty_report() {
        // when
        ConversionReport report = scene.sales.conversionReport(scene.otherTenant, day(7), FunnelGrouping.ALL);

        // then
        assertThat(report.groups()).isEmpty();
    }
}
