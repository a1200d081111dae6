package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.crmkit.marketing.campaign.Campaign;
import org.crmkit.marketing.campaign.CampaignLaunched;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendStatus;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ValidationException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Launching a campaign: the audience snapshot, the seeded holdout, replays, bad input and tenancy. */
public abstract class CampaignLaunchContract {

    private CampaignFixture f;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void fixture() {
        f = new CampaignFixture(storage());
    }

    @Test
    void the_audience_is_the_segment_at_launch_and_the_seed_holds_out_about_the_chosen_share() {
        // given
        List<CustomerId> spring = f.members("s", 300, "spring");
        f.members("other", 5, "autumn");

        // when
        Campaign campaign = f.campaigns.launch(f.launch("spring-25", "spring", "0.25"));
        f.member("late-joiner", "spring", true);

        // then
        assertThat(campaign.targets() + campaign.controls()).isEqualTo(300);
        assertThat(campaign.controls()).isBetween(45L, 105L);
        Set<String> control = controls(spring, "spring-25");
        assertThat(control).hasSize((int) campaign.controls());
        assertThat(f.campaigns.membershipsOf(f.tenant, CustomerId.of("late-joiner"))).isEmpty();
        assertThat(f.campaigns.membershipsOf(f.tenant, CustomerId.of("other-0"))).isEmpty();
        List<DomainEvent> events = Outboxes.drainEventsOf(f.crm.outbox(), f.tenant);
        assertThat(events).filteredOn(e -> e instanceof CampaignLaunched).singleElement()
                .satisfies(e -> assertThat(((CampaignLaunched) e).controls()).isEqualTo(campaign.controls()));
    }

    @Test
    void the_same_seed_holds_out_the_same_customers_and_another_seed_others() {
        // given
        List<CustomerId> spring = f.members("s", 200, "spring");
        LaunchCampaign first = f.launch("seed-a", "spring", "0.5");

        // when
        f.campaigns.launch(first);
        f.campaigns.launch(new LaunchCampaign(f.tenant, "seed-b", first.name(), first.segment(), first.channel(), first.content(),
                first.offer(), first.controlShare(), first.seed(), 7, null, null, null));
        f.campaigns.launch(new LaunchCampaign(f.tenant, "seed-c", first.name(), first.segment(), first.channel(), first.content(),
                first.offer(), first.controlShare(), 8L, 7, null, null, null));

        // then
        assertThat(controls(spring, "seed-b")).isEqualTo(controls(spring, "seed-a"));
        assertThat(controls(spring, "seed-c")).isNotEqualTo(controls(spring, "seed-a"));
    }

    @Test
    void launching_again_returns_the_first_launch_and_another_campaign_under_the_id_is_refused() {
        // given
        f.members("s", 20, "spring");
        Campaign first = f.campaigns.launch(f.launch("replayed", "spring", "0.1"));
        f.member("late", "spring", true);

        // when
        Campaign again = f.campaigns.launch(f.launch("replayed", "spring", "0.1"));

        // then
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> f.campaigns.launch(f.launch("replayed", "spring", "0.2"))).isInstanceOf(IdempotencyKeyReusedException.class)
                .hasMessageContaining("replayed");
        assertThat(f.campaigns.campaign(f.tenant, "replayed")).contains(first);
    }

    @Test
    void launches_of_the_same_campaign_at_once_snapshot_the_audience_once() throws Exception {
        // given
        f.members("s", 700, "spring");
        LaunchCampaign command = f.launch("race", "spring", "0.2");

        // when
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Campaign> launched = new ArrayList<>();
        try {
            List<Future<Campaign>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                futures.add(pool.submit(() -> f.campaigns.launch(command)));
            }
            for (Future<Campaign> future : futures) {
                launched.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(launched).allSatisfy(c -> assertThat(c).isEqualTo(launched.get(0)));
        assertThat(launched.get(0).targets() + launched.get(0).controls()).isEqualTo(700);
        assertThat(Outboxes.drainEventsOf(f.crm.outbox(), f.tenant)).filteredOn(e -> e instanceof CampaignLaunched).hasSize(1);
    }

    @Test
    void an_empty_segment_an_unknown_channel_and_a_control_share_outside_0_to_1_are_refused_and_nothing_is_written() {
        // given
        f.members("s", 3, "spring");
        LaunchCampaign base = f.launch("bad", "spring", "0.1");

        // when / then
        assertThatThrownBy(() -> f.campaigns.launch(f.launch("bad", "nobody-has-this-tag", "0.1"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("segment").hasMessageContaining("no members");
        assertThatThrownBy(() -> f.campaigns.launch(withChannel(base, "carrier-pigeon"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("channel").hasMessageContaining("sms-test");
        for (String share : List.of("-0.01", "1", "1.5")) {
            assertThatThrownBy(() -> f.campaigns.launch(f.launch("bad", "spring", share))).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.field()).contains("controlShare"));
        }
        assertThatThrownBy(() -> f.campaigns.launch(withOffer(base, CampaignOffer.coupon("no-such-template")))).isInstanceOf(NotFoundException.class);
        assertThat(f.campaigns.campaign(f.tenant, "bad")).isEmpty();
        assertThat(f.campaigns.membershipsOf(f.tenant, CustomerId.of("s-0"))).isEmpty();
        assertThat(Outboxes.drainEventsOf(f.crm.outbox(), f.tenant)).noneMatch(e -> e instanceof CampaignLaunched);
    }

    @Test
    void a_share_of_0_holds_out_nobody() {
        // given
        f.members("s", 30, "spring");

        // when
        Campaign campaign = f.campaigns.launch(f.launch("all-in", "spring", "0"));

        // then
        assertThat(campaign.controls()).isZero();
        assertThat(campaign.targets()).isEqualTo(30);
    }

    @Test
    void another_tenants_campaign_is_unknown() {
        // given
        f.members("s", 3, "spring");
        f.campaigns.launch(f.launch("mine", "spring", "0.1"));
        CampaignFixture other = new CampaignFixture(storage());

        // when / then
        assertThat(other.campaigns.campaign(other.tenant, "mine")).isEmpty();
        assertThatThrownBy(() -> other.campaigns.send(new SendCampaign(other.tenant, "mine", 0, 1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.campaigns.report(other.tenant, "mine", java.util.Currency.getInstance("CNY")))
                .isInstanceOf(NotFoundException.class);
    }

    private Set<String> controls(List<CustomerId> customers, String campaignId) {
        return customers.stream().filter(c -> f.campaigns.membershipsOf(f.tenant, c).stream()
                        .anyMatch(m -> m.campaignId().equals(campaignId) && m.status() == SendStatus.HELD_OUT))
                .map(CustomerId::value).collect(Collectors.toSet());
    }

    private static LaunchCampaign withChannel(LaunchCampaign c, String channel) {
        return new LaunchCampaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), channel, c.content(), c.offer(), c.controlShare(),
                c.seed(), c.attributionDays(), c.sendAt(), c.quietHours(), c.frequencyCap());
    }

    static LaunchCampaign withOffer(LaunchCampaign c, CampaignOffer offer) {
        return new LaunchCampaign(c.tenantId(), c.campaignId(), c.name(), c.segment(), c.channel(), c.content(), offer, c.controlShare(),
                c.seed(), c.attributionDays(), c.sendAt(), c.quietHours(), c.frequencyCap());
    }
}
