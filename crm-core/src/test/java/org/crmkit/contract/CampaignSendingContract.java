package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.marketing.Delivery;
import org.crmkit.marketing.Message;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.marketing.MessageSent;
import org.crmkit.marketing.campaign.Campaign;
import org.crmkit.marketing.campaign.CampaignMember;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.CampaignService;
import org.crmkit.marketing.campaign.FrequencyCap;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.QuietHours;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendRun;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.ProgrammeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending a campaign: consent, quiet hours, schedule, frequency caps, shards, replays, concurrent runs, failures and offers. */
public abstract class CampaignSendingContract {

    private CampaignFixture f;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void fixture() {
        f = new CampaignFixture(storage());
    }

    @Test
    void the_stores_reads_of_some_members_leave_out_a_member_whose_id_lies_between_the_asked_ones() {
        // given three members, each sent the campaign once; the first and the last by id are asked for
        List<CustomerId> three = new ArrayList<>(f.members("between", 3, "spring"));
        f.campaigns.launch(f.launch("between", "spring", "0"));
        assertThat(f.campaigns.send(new SendCampaign(f.tenant, "between", 0, 1)).sent()).isEqualTo(3);
        three.sort(Comparator.comparing(CustomerId::value));
        List<CustomerId> asked = List.of(three.get(0), three.get(2));

        // when
        Set<CustomerId> snapshotted = storage().transactions().inTransaction(
                () -> storage().campaigns().snapshotted(f.tenant, "between", asked));
        Map<CustomerId, Integer> sent = storage().transactions().inTransaction(
                () -> storage().campaigns().sentSince(f.tenant, asked, CampaignFixture.MORNING.minus(Duration.ofDays(1))));

        // then the member between is in neither answer
        assertThat(snapshotted).containsExactlyInAnyOrderElementsOf(asked);
        assertThat(sent).containsOnlyKeys(asked).containsValues(1);
    }

    @Test
    void a_customer_without_consent_for_the_channel_never_gets_a_message() {
        // given
        f.members("s", 10, "spring");
        CustomerId never = f.member("never-agreed", "spring", false);
        CustomerId withdrew = f.member("withdrew", "spring", true);
        CustomerId email = f.member("email-only", "spring", false);
        f.crm.customers().recordConsent(new RecordConsent(f.tenant, email, MarketingChannel.EMAIL, true));
        f.campaigns.launch(f.launch("consent", "spring", "0"));
        f.crm.customers().recordConsent(new RecordConsent(f.tenant, withdrew, MarketingChannel.SMS, false));

        // when
        SendRun run = f.campaigns.send(new SendCampaign(f.tenant, "consent", 0, 1));

        // then
        assertThat(run.sent()).isEqualTo(10);
        assertThat(run.noConsent()).isEqualTo(3);
        for (CustomerId c : List.of(never, withdrew, email)) {
            assertThat(f.channel.to(c)).as(c.value()).isZero();
            assertThat(status(c, "consent")).isEqualTo(SendStatus.NO_CONSENT);
        }
        assertThat(Outboxes.drainEventsOf(f.crm.outbox(), f.tenant)).filteredOn(e -> e instanceof MessageSent)
                .extracting(e -> ((MessageSent) e).customerId()).doesNotContain(never, withdrew, email).hasSize(10);
    }

    @Test
    void nothing_is_sent_in_the_quiet_hours_of_the_tenants_zone_and_everything_after_them() {
        // given 22:30 in Shanghai (14:30 UTC)
        f.members("s", 5, "spring");
        f.clock.set(Instant.parse("2025-06-04T14:30:00Z"));
        LaunchCampaign c = f.launch("quiet", "spring", "0");
        f.campaigns.launch(new LaunchCampaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), c.channel(), c.content(), c.offer(),
                c.controlShare(), c.seed(), 7, null, new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)), null));

        // when
        SendRun night = f.campaigns.send(new SendCampaign(f.tenant, "quiet", 0, 1));
        f.clock.set(Instant.parse("2025-06-04T23:59:59Z"));
        SendRun justBefore = f.campaigns.send(new SendCampaign(f.tenant, "quiet", 0, 1));
        f.clock.set(Instant.parse("2025-06-05T00:00:00Z"));
        SendRun eight = f.campaigns.send(new SendCampaign(f.tenant, "quiet", 0, 1));

        // then
        assertThat(night.sent()).isZero();
        assertThat(night.notBefore()).isEqualTo(Instant.parse("2025-06-05T00:00:00Z"));
        assertThat(justBefore.sent()).isZero();
        assertThat(eight.sent()).isEqualTo(5);
        assertThat(eight.notBefore()).isNull();
        assertThat(f.channel.sent).hasSize(5);
    }

    @Test
    void a_scheduled_campaign_waits_for_its_time() {
        // given
        f.members("s", 4, "spring");
        Instant at = CampaignFixture.MORNING.plus(Duration.ofHours(3));
        LaunchCampaign c = f.launch("later", "spring", "0");
        f.campaigns.launch(new LaunchCampaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), c.channel(), c.content(), c.offer(),
                c.controlShare(), c.seed(), 7, at, null, null));

        // when
        SendRun early = f.campaigns.send(new SendCampaign(f.tenant, "later", 0, 1));
        f.clock.set(at);
        SendRun due = f.campaigns.send(new SendCampaign(f.tenant, "later", 0, 1));

        // then
        assertThat(early.sent()).isZero();
        assertThat(early.notBefore()).isEqualTo(at);
        assertThat(due.sent()).isEqualTo(4);
    }

    @Test
    void the_frequency_cap_counts_every_campaign_of_the_tenant_back_from_the_moment_of_sending() {
        // given at most 1 campaign message in 7 days: one sent 7 days ago to the instant still counts
        CustomerId li = f.member("li", "spring", true);
        FrequencyCap cap = new FrequencyCap(1, 7);
        f.campaigns.launch(capped(f.launch("first", "spring", "0"), cap));
        f.campaigns.send(new SendCampaign(f.tenant, "first", 0, 1));

        // when
        f.clock.advance(Duration.ofDays(7).minusSeconds(1));
        f.campaigns.launch(capped(f.launch("second", "spring", "0"), cap));
        SendRun second = f.campaigns.send(new SendCampaign(f.tenant, "second", 0, 1));
        f.clock.advance(Duration.ofSeconds(2));
        f.campaigns.launch(capped(f.launch("third", "spring", "0"), cap));
        SendRun third = f.campaigns.send(new SendCampaign(f.tenant, "third", 0, 1));

        // then
        assertThat(second.capped()).isEqualTo(1);
        assertThat(status(li, "second")).isEqualTo(SendStatus.CAPPED);
        assertThat(third.sent()).isEqualTo(1);
        assertThat(f.channel.to(li)).isEqualTo(2);
    }

    @Test
    void shards_together_send_to_each_target_once_and_replays_send_nothing() {
        // given
        List<CustomerId> spring = f.members("s", 120, "spring");
        Campaign campaign = f.campaigns.launch(f.launch("sharded", "spring", "0.2"));

        // when
        long sent = 0;
        for (int shard = 0; shard < 4; shard++) {
            sent += f.campaigns.send(new SendCampaign(f.tenant, "sharded", shard, 4)).sent();
        }
        SendRun replay = f.campaigns.send(new SendCampaign(f.tenant, "sharded", 0, 1));

        // then
        assertThat(sent).isEqualTo(campaign.targets());
        assertThat(replay.sent()).isZero();
        assertThat(f.channel.sent).hasSize((int) campaign.targets());
        assertThat(f.channel.keys).hasSize((int) campaign.targets());
        for (CustomerId c : spring) {
            boolean control = status(c, "sharded") == SendStatus.HELD_OUT;
            assertThat(f.channel.to(c)).as(c.value()).isEqualTo(control ? 0 : 1);
        }
    }

    @Test
    void two_runs_of_the_same_shard_and_other_splits_at_once_send_each_message_once() throws Exception {
        // given
        f.members("s", 200, "spring");
        Campaign campaign = f.campaigns.launch(f.launch("race", "spring", "0.1"));
        List<Callable<SendRun>> runs = List.of(
                () -> f.campaigns.send(new SendCampaign(f.tenant, "race", 0, 1)),
                () -> f.campaigns.send(new SendCampaign(f.tenant, "race", 0, 1)),
                () -> f.campaigns.send(new SendCampaign(f.tenant, "race", 0, 2)),
                () -> f.campaigns.send(new SendCampaign(f.tenant, "race", 1, 2)));

        // when
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        long sent = 0;
        try {
            List<Future<SendRun>> futures = new ArrayList<>();
            runs.forEach(r -> futures.add(pool.submit(r)));
            for (Future<SendRun> future : futures) {
                sent += future.get().sent();
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(sent).isEqualTo(campaign.targets());
        assertThat(f.channel.sent).hasSize((int) campaign.targets());
        assertThat(f.channel.keys).hasSize((int) campaign.targets());
    }

    @Test
    void two_capped_campaigns_sent_at_once_together_stay_within_each_customers_cap() throws Exception {
        // given 40 customers, two campaigns to all of them, at most 1 campaign message in 7 days; the
        // channel holds each run's first message until the other run's first message arrives (or 1 s),
        // so both runs have counted their customers' recent messages before either sends
        List<CustomerId> spring = f.members("s", 40, "spring");
        FrequencyCap cap = new FrequencyCap(1, 7);
        f.campaigns.launch(capped(f.launch("cap-a", "spring", "0"), cap));
        f.campaigns.launch(capped(f.launch("cap-b", "spring", "0"), cap));
        CyclicBarrier bothCounted = new CyclicBarrier(2);
        Set<Thread> held = ConcurrentHashMap.newKeySet();
        MessageChannel holding = new MessageChannel() {
            @Override
            public String name() {
                return f.channel.name();
            }

            @Override
            public MarketingChannel consent() {
                return f.channel.consent();
            }

            @Override
            public Delivery send(Message message) {
                if (held.add(Thread.currentThread())) {
                    try {
                        bothCounted.await(1, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (BrokenBarrierException | TimeoutException e) {
                        // the other run waits on this one's locks: go on alone
                    }
                }
                return f.channel.send(message);
            }
        };
        CampaignService sending = Crm.builder().storage(storage()).clock(f.clock).messageChannel(holding).build().campaigns();

        // when
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<SendRun> runs = new ArrayList<>();
        try {
            Future<SendRun> a = pool.submit(() -> sending.send(new SendCampaign(f.tenant, "cap-a", 0, 1)));
            Future<SendRun> b = pool.submit(() -> sending.send(new SendCampaign(f.tenant, "cap-b", 0, 1)));
            runs.add(a.get());
            runs.add(b.get());
        } finally {
            pool.shutdown();
        }

        // then every customer got exactly one message, from one campaign, and the other capped them
        assertThat(runs.stream().mapToLong(SendRun::sent).sum()).isEqualTo(spring.size());
        assertThat(runs.stream().mapToLong(SendRun::capped).sum()).isEqualTo(spring.size());
        for (CustomerId c : spring) {
            assertThat(f.channel.to(c)).as(c.value()).isEqualTo(1);
            assertThat(List.of(status(c, "cap-a"), status(c, "cap-b"))).as(c.value())
                    .containsExactlyInAnyOrder(SendStatus.SENT, SendStatus.CAPPED);
        }
    }

    @Test
    void a_refused_message_is_recorded_failed_with_its_reason_and_an_erased_customer_is_skipped() {
        // given
        f.members("s", 3, "spring");
        CustomerId bounce = f.member("li-bounce", "spring", true);
        CustomerId erased = f.member("han", "spring", true);
        f.campaigns.launch(f.launch("failing", "spring", "0"));
        f.crm.privacy().erase(f.tenant, erased);

        // when
        SendRun run = f.campaigns.send(new SendCampaign(f.tenant, "failing", 0, 1));

        // then
        assertThat(run.sent()).isEqualTo(3);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.gone()).isEqualTo(1);
        CampaignMember failed = f.campaigns.membershipsOf(f.tenant, bounce).get(0);
        assertThat(failed.status()).isEqualTo(SendStatus.FAILED);
        assertThat(failed.reason()).isEqualTo("number unreachable");
        assertThat(f.channel.to(erased)).isZero();
    }

    @Test
    void the_privacy_export_lists_a_customers_campaigns_and_erasure_keeps_the_status_but_not_the_channels_reason() {
        // given
        CustomerId bounce = f.member("li-bounce", "spring", true);
        f.campaigns.launch(f.launch("exported", "spring", "0"));
        f.campaigns.send(new SendCampaign(f.tenant, "exported", 0, 1));

        // when
        Map<String, Object> exported = f.crm.privacy().exportDocument(f.tenant, bounce);
        f.crm.privacy().erase(f.tenant, bounce);

        // then
        assertThat(exported.get("campaigns")).asString().contains("exported").contains("FAILED").contains("number unreachable");
        CampaignMember after = f.campaigns.membershipsOf(f.tenant, bounce).get(0);
        assertThat(after.status()).isEqualTo(SendStatus.FAILED);
        assertThat(after.reason()).isEqualTo("[erased]");
        assertThat(f.campaigns.report(f.tenant, "exported", java.util.Currency.getInstance("CNY")).failed()).isEqualTo(1);
    }

    @Test
    void a_coupon_offer_issues_one_coupon_per_customer_sent_and_a_points_offer_grants_once() {
        // given
        CustomerId li = f.member("li", "spring", true);
        f.crm.coupons().defineTemplate(CouponTemplate.amountOff(f.tenant, "spring-20", "满100减20", Money.of("100.00", "CNY"),
                Money.of("20.00", "CNY")));
        f.crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(f.tenant).build());
        f.campaigns.launch(CampaignLaunchContract.withOffer(f.launch("coupon", "spring", "0"), CampaignOffer.coupon("spring-20")));
        f.campaigns.launch(CampaignLaunchContract.withOffer(f.launch("points", "spring", "0"),
                CampaignOffer.points(ProgrammeId.DEFAULT, 200, Money.of("0.01", "CNY"))));

        // when
        f.campaigns.send(new SendCampaign(f.tenant, "coupon", 0, 1));
        f.campaigns.send(new SendCampaign(f.tenant, "coupon", 0, 1));
        f.campaigns.send(new SendCampaign(f.tenant, "points", 0, 1));
        f.campaigns.send(new SendCampaign(f.tenant, "points", 0, 1));

        // then
        assertThat(f.crm.coupons().couponsOf(f.tenant, li)).singleElement()
                .satisfies(c -> assertThat(c.issueKey()).isEqualTo("campaign/coupon/li"));
        assertThat(f.crm.loyalty().balance(f.tenant, li, ProgrammeId.DEFAULT).available()).isEqualTo(200);
    }

    @Test
    void a_shard_outside_the_split_is_refused() {
        // given
        f.members("s", 2, "spring");
        f.campaigns.launch(f.launch("split", "spring", "0"));

        // when / then
        assertThatThrownBy(() -> f.campaigns.send(new SendCampaign(f.tenant, "split", 2, 2))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("shard");
        assertThat(f.channel.sent).isEmpty();
    }

    private SendStatus status(CustomerId customer, String campaignId) {
        return f.campaigns.membershipsOf(f.tenant, customer).stream().filter(m -> m.campaignId().equals(campaignId)).findFirst()
                .orElseThrow().status();
    }

    private static LaunchCampaign capped(LaunchCampaign c, FrequencyCap cap) {
        return new LaunchCampaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), c.channel(), c.content(), c.offer(), c.controlShare(),
                c.seed(), c.attributionDays(), null, null, cap);
    }
}
