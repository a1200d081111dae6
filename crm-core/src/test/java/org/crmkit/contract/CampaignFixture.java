package org.crmkit.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.CampaignService;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RecordingChannel;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;

/** A tenant with a campaign service on a storage under test, a movable clock, and a {@link RecordingChannel}. */
final class CampaignFixture {

    /** A Wednesday, 10:00 in Shanghai. */
    static final Instant MORNING = Instant.parse("2025-06-04T02:00:00Z");

    final MutableClock clock = MutableClock.at(MORNING);
    final TenantId tenant = Tenants.fresh();
    final RecordingChannel channel = new RecordingChannel();
    final Crm crm;
    final CampaignService campaigns;

    CampaignFixture(CrmStorage storage) {
        this.crm = Crm.builder().storage(storage).clock(clock).messageChannel(channel).build();
        this.campaigns = crm.campaigns();
    }

    /** Registers customers {@code prefix-0} ... tagged {@code tag}, each agreeing to SMS. */
    List<CustomerId> members(String prefix, int count, String tag) {
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(member(prefix + "-" + i, tag, true));
        }
        return ids;
    }

    CustomerId member(String id, String tag, boolean smsConsent) {
        CustomerId customer = crm.customers().register(RegistrationBuilder.aRegistration(tenant).id(id).displayName("Member " + id)
                .tags(Set.of(tag)).build()).id();
        if (smsConsent) {
            crm.customers().recordConsent(new RecordConsent(tenant, customer, MarketingChannel.SMS, true));
        }
        return customer;
    }

    static Segment tagged(String tag) {
        return Segment.of("tag " + tag, Criteria.tagged(tag));
    }

    LaunchCampaign launch(String campaignId, String tag, String share) {
        return LaunchCampaign.of(tenant, campaignId, "Spring sale", tagged(tag), "sms-test", "Spring sale: 20% off tea this week",
                CampaignOffer.message(), new BigDecimal(share), 7L, 7);
    }

    void buy(CustomerId customer, String orderId, String amount, Instant at) {
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, customer, orderId, Money.of(amount, "CNY")).at(at));
    }
}
