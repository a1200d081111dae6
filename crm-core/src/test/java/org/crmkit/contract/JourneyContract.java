package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.marketing.journey.DefineJourney;
import org.crmkit.marketing.journey.FiringOutcome;
import org.crmkit.marketing.journey.Journey;
import org.crmkit.marketing.journey.JourneyFiring;
import org.crmkit.marketing.journey.JourneyRun;
import org.crmkit.marketing.journey.JourneyService;
import org.crmkit.marketing.journey.JourneyTrigger;
import org.crmkit.marketing.journey.RunJourney;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.Prediction;
import org.crmkit.value.scoring.RfmScore;
import org.crmkit.value.scoring.RfmSegment;
import org.crmkit.value.scoring.ValueLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Triggered journeys: each trigger fires once per customer per window, with its explanation, within consent, under replays and concurrent runs. */
public abstract class JourneyContract {

    private CampaignFixture f;
    private JourneyService journeys;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void fixture() {
        f = new CampaignFixture(storage());
        journeys = f.crm.journeys();
    }

    private DefineJourney journey(String id, JourneyTrigger trigger, int days, String threshold, ProgrammeId programme, String coupon,
            int windowDays) {
        return new DefineJourney(f.tenant, id, trigger, days, threshold == null ? null : new BigDecimal(threshold), programme, "sms-test",
                "We miss you", coupon, windowDays);
    }

    private JourneyRun run(String journeyId) {
        return journeys.run(new RunJourney(f.tenant, journeyId, 0, 1));
    }

    @Test
    void a_review_request_goes_n_days_after_the_first_purchase_once_and_says_why() {
        // given a customer whose first purchase was due before the journey existed, and one buying after
        CustomerId old = f.member("old", "any", true);
        f.buy(old, "o-old", "50.00", f.clock.instant().minus(Duration.ofDays(30)));
        journeys.define(journey("review", JourneyTrigger.FIRST_PURCHASE, 7, null, null, null, 30));
        CustomerId li = f.member("li", "any", true);
        Instant bought = f.clock.instant();
        f.buy(li, "o-1", "80.00", bought);

        // when
        f.clock.advance(Duration.ofDays(7).minusSeconds(1));
        JourneyRun early = run("review");
        f.clock.advance(Duration.ofSeconds(1));
        JourneyRun due = run("review");
        f.buy(li, "o-2", "20.00", f.clock.instant());
        f.clock.advance(Duration.ofDays(60));
        JourneyRun later = run("review");

        // then
        assertThat(early.fired()).isZero();
        assertThat(due.fired()).isEqualTo(1);
        assertThat(due.sent()).isEqualTo(1);
        assertThat(later.fired()).isZero();
        assertThat(later.alreadyFired()).isEqualTo(1);
        assertThat(f.channel.to(li)).isEqualTo(1);
        assertThat(f.channel.to(old)).isZero();
        JourneyFiring firing = journeys.firingsOf(f.tenant, li).get(0);
        assertThat(firing.window()).isEqualTo("once");
        assertThat(firing.explanation()).contains("first purchase at " + bought).contains("7 days later");
    }

    @Test
    void a_review_request_run_over_many_customers_reaches_exactly_the_first_time_buyers_who_are_due() {
        // given buyers due, a buyer not yet due and customers who never bought, interleaved in id order
        journeys.define(journey("review", JourneyTrigger.FIRST_PURCHASE, 7, null, null, null, 30));
        List<CustomerId> due = new ArrayList<>();
        List<CustomerId> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CustomerId customer = f.member(String.format("m%02d", i), "any", true);
            if (i % 3 == 0) {
                f.buy(customer, "o-" + i, "30.00", f.clock.instant());
                due.add(customer);
            } else {
                others.add(customer);
            }
        }
        f.clock.advance(Duration.ofDays(6));
        CustomerId recent = f.member("m99", "any", true);
        f.buy(recent, "o-recent", "30.00", f.clock.instant());
        others.add(recent);

        // when
        f.clock.advance(Duration.ofDays(1));
        JourneyRun run = run("review");
        JourneyRun firstShardAgain = journeys.run(new RunJourney(f.tenant, "review", 0, 2));

        // then
        assertThat(run.fired()).isEqualTo(due.size());
        assertThat(run.sent()).isEqualTo(due.size());
        due.forEach(customer -> assertThat(f.channel.to(customer)).as(customer.value()).isEqualTo(1));
        others.forEach(customer -> assertThat(f.channel.to(customer)).as(customer.value()).isZero());
        assertThat(firstShardAgain.fired()).isZero();
        assertThat(firstShardAgain.alreadyFired()).isEqualTo(due.stream().filter(customer -> customer.inShard(0, 2)).count());
    }

    @Test
    void p_alive_below_the_threshold_brings_a_win_back_coupon_once_per_window() {
        // given
        CustomerId fading = f.member("fading", "any", true);
        CustomerId loyal = f.member("loyal", "any", true);
        score(fading, 0.21);
        score(loyal, 0.8);
        f.crm.coupons().defineTemplate(CouponTemplate.amountOff(f.tenant, "win-back", "回来吧", Money.of("0.00", "CNY"),
                Money.of("10.00", "CNY")).withPerCustomerLimit(5));
        journeys.define(journey("win-back", JourneyTrigger.P_ALIVE_BELOW, 0, "0.30", null, "win-back", 30));

        // when
        JourneyRun first = run("win-back");
        JourneyRun replay = run("win-back");
        f.clock.advance(Duration.ofDays(30));
        JourneyRun nextWindow = run("win-back");

        // then
        assertThat(first.fired()).isEqualTo(1);
        assertThat(replay.fired()).isZero();
        assertThat(replay.alreadyFired()).isEqualTo(1);
        assertThat(nextWindow.fired()).isEqualTo(1);
        assertThat(f.channel.to(fading)).isEqualTo(2);
        assertThat(f.channel.to(loyal)).isZero();
        assertThat(f.crm.coupons().couponsOf(f.tenant, fading)).hasSize(2);
        assertThat(journeys.firingsOf(f.tenant, fading)).extracting(JourneyFiring::explanation)
                .allSatisfy(e -> assertThat(e).contains("P(alive) 0.21").contains("below 0.30"));
    }

    @Test
    void a_tier_about_to_drop_brings_a_reminder_within_the_days_before_the_assessment() {
        // given silver from spend on 2025-05-20 (12-month rolling), assessed on 2026-06-01
        f.clock.set(Instant.parse("2025-05-20T02:00:00Z"));
        f.crm.tiers().defineLadder(TierFixture.jdLadder(f.tenant, QualifyingMetrics.rollingSpend(12)));
        CustomerId li = f.member("li", "any", true);
        f.crm.tiers().recordPurchase(new RecordTierPurchase(f.tenant, li, ProgrammeId.DEFAULT, "buy-1", "o-1", Money.of("3500.00", "CNY"),
                null));
        journeys.define(journey("tier-drop", JourneyTrigger.TIER_WILL_DROP, 14, null, ProgrammeId.DEFAULT, null, 90));

        // when
        f.clock.set(Instant.parse("2026-05-10T02:00:00Z"));
        JourneyRun early = run("tier-drop");
        f.clock.set(Instant.parse("2026-05-25T02:00:00Z"));
        JourneyRun due = run("tier-drop");

        // then
        assertThat(early.fired()).isZero();
        assertThat(due.fired()).isEqualTo(1);
        assertThat(journeys.firingsOf(f.tenant, li)).singleElement().satisfies(firing -> assertThat(firing.explanation())
                .contains("silver drops to bronze").contains("2026-06-01"));
    }

    @Test
    void points_about_to_expire_bring_a_reminder() {
        // given 100 points expiring a month after they were granted
        f.crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(f.tenant).expiry(ExpiryPolicies.rollingMonths(1)).build());
        CustomerId li = f.member("li", "any", true);
        f.crm.loyalty().grant(new GrantPoints(f.tenant, li, ProgrammeId.DEFAULT, "grant-1", 100, "welcome", null, "agent-1"));
        journeys.define(journey("expiring", JourneyTrigger.POINTS_EXPIRING, 7, null, ProgrammeId.DEFAULT, null, 30));

        // when
        JourneyRun early = run("expiring");
        f.clock.advance(Duration.ofDays(25));
        JourneyRun due = run("expiring");

        // then
        assertThat(early.fired()).isZero();
        assertThat(due.fired()).isEqualTo(1);
        assertThat(journeys.firingsOf(f.tenant, li)).singleElement().satisfies(firing -> assertThat(firing.explanation())
                .startsWith("100 points expire by"));
    }

    @Test
    void a_customer_without_consent_gets_nothing_and_the_window_counts_as_used() {
        // given
        CustomerId silent = f.member("silent", "any", false);
        score(silent, 0.1);
        journeys.define(journey("win-back", JourneyTrigger.P_ALIVE_BELOW, 0, "0.30", null, null, 30));

        // when
        JourneyRun first = run("win-back");
        JourneyRun again = run("win-back");

        // then
        assertThat(first.fired()).isEqualTo(1);
        assertThat(first.sent()).isZero();
        assertThat(again.alreadyFired()).isEqualTo(1);
        assertThat(f.channel.to(silent)).isZero();
        assertThat(journeys.firingsOf(f.tenant, silent)).extracting(JourneyFiring::outcome).containsExactly(FiringOutcome.NO_CONSENT);
    }

    @Test
    void runs_at_once_reach_each_customer_once() throws Exception {
        // given
        List<CustomerId> fading = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fading.add(f.member("c-" + i, "any", true));
            score(fading.get(i), 0.05);
        }
        journeys.define(journey("win-back", JourneyTrigger.P_ALIVE_BELOW, 0, "0.30", null, null, 30));
        List<Callable<JourneyRun>> runs = List.of(() -> run("win-back"), () -> run("win-back"),
                () -> journeys.run(new RunJourney(f.tenant, "win-back", 0, 2)), () -> journeys.run(new RunJourney(f.tenant, "win-back", 1, 2)));

        // when
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        long fired = 0;
        try {
            List<Future<JourneyRun>> futures = new ArrayList<>();
            runs.forEach(r -> futures.add(pool.submit(r)));
            for (Future<JourneyRun> future : futures) {
                fired += future.get().fired();
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(fired).isEqualTo(40);
        assertThat(f.channel.sent).hasSize(40);
        fading.forEach(c -> assertThat(f.channel.to(c)).as(c.value()).isEqualTo(1));
    }

    @Test
    void defining_a_journey_again_replaces_its_settings_and_keeps_when_it_was_first_defined() {
        // given
        Journey first = journeys.define(journey("review", JourneyTrigger.FIRST_PURCHASE, 7, null, null, null, 30));
        f.clock.advance(Duration.ofDays(3));

        // when
        Journey again = journeys.define(journey("review", JourneyTrigger.FIRST_PURCHASE, 7, null, null, null, 30));
        Journey changed = journeys.define(journey("review", JourneyTrigger.FIRST_PURCHASE, 10, null, null, null, 30));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(changed.days()).isEqualTo(10);
        assertThat(changed.definedAt()).isEqualTo(first.definedAt());
        assertThat(journeys.journey(f.tenant, "review")).contains(changed);
    }

    @Test
    void bad_settings_unknown_references_and_another_tenants_journey_are_refused() {
        // given
        journeys.define(journey("mine", JourneyTrigger.P_ALIVE_BELOW, 0, "0.3", null, null, 30));
        CampaignFixture other = new CampaignFixture(storage());

        // when / then
        assertThatThrownBy(() -> journeys.define(journey("j", JourneyTrigger.FIRST_PURCHASE, 7, "0.3", null, null, 30)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> journeys.define(journey("j", JourneyTrigger.POINTS_EXPIRING, 31, null, ProgrammeId.DEFAULT, null, 30)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> journeys.define(new DefineJourney(f.tenant, "j", JourneyTrigger.P_ALIVE_BELOW, 0, new BigDecimal("1.5"), null,
                "fax", "hi", null, 0))).isInstanceOf(ValidationException.class).hasMessageContaining("threshold")
                .hasMessageContaining("windowDays");
        assertThatThrownBy(() -> journeys.define(new DefineJourney(f.tenant, "j", JourneyTrigger.P_ALIVE_BELOW, 0, new BigDecimal("0.5"), null,
                "fax", "hi", null, 1))).isInstanceOf(ValidationException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> journeys.define(journey("j", JourneyTrigger.POINTS_EXPIRING, 7, null, ProgrammeId.of("nope"), null, 30)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.define(journey("j", JourneyTrigger.P_ALIVE_BELOW, 0, "0.3", null, "no-template", 30)))
                .isInstanceOf(NotFoundException.class);
        assertThat(journeys.journey(f.tenant, "j")).isEmpty();
        assertThatThrownBy(() -> other.crm.journeys().run(new RunJourney(other.tenant, "mine", 0, 1))).isInstanceOf(NotFoundException.class);
        assertThat(other.crm.journeys().journey(other.tenant, "mine")).isEmpty();
    }

    private void score(CustomerId customer, double pAlive) {
        storage().transactions().run(() -> storage().customerValues().saveAll(List.of(new CustomerValue(f.tenant, customer,
                f.clock.instant(), new RfmScore(200, 1, new BigDecimal("50.00"), 1, 1, 1, RfmSegment.of(1, 1)),
                Optional.of(new Prediction(pAlive, 0.1, new BigDecimal("5.00"), new BigDecimal("5.00"))), ValueLevel.IRON))));
    }
}
