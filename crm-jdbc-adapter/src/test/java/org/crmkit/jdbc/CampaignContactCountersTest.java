package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.FrequencyCap;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendRun;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The frequency cap's contact counters do not pile up over time: a capped send locks one
 * {@code crm_counter} row per customer ({@code campaign-contact/<customer id>}, always 0, a lock and
 * nothing else), not one per window. The messages a cap counts are the audience rows themselves
 * ({@code crm_campaign_member}, status and time), so a window that has passed leaves no row behind,
 * and twelve windows of capped campaigns leave as many counter rows as customers they reached.
 * Erasure keeps them: the row holds the pseudonymous customer id only, as every audience row does.
 */
class CampaignContactCountersTest {

    private static final Instant MONDAY = Instant.parse("2025-06-02T02:00:00Z");
    private static final int WINDOWS = 12;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void twelve_windows_of_capped_campaigns_leave_one_contact_counter_per_customer(Dialect dialect) throws SQLException {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            // given three customers with SMS consent, at most 1 campaign message in 7 days
            MutableClock clock = MutableClock.at(MONDAY);
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.create(pool)).clock(clock).build();
            List<CustomerId> customers = new ArrayList<>();
            for (String id : List.of("an", "bo", "cy")) {
                customers.add(crm.customers().register(RegistrationBuilder.aRegistration(tenant).id(id).displayName("Member " + id)
                        .tags(Set.of("tea")).build()).id());
                crm.customers().recordConsent(new RecordConsent(tenant, CustomerId.of(id), MarketingChannel.SMS, true));
            }

            // when a capped campaign goes out every 8 days, and a second one the same day
            long sent = 0;
            long capped = 0;
            for (int window = 0; window < WINDOWS; window++) {
                for (String suffix : List.of("a", "b")) {
                    String id = "window-" + window + "-" + suffix;
                    crm.campaigns().launch(new LaunchCampaign(tenant, id, "Weekly tea", Segment.of("tea", Criteria.tagged("tea")), "sms",
                            "Tea of the week", CampaignOffer.message(), BigDecimal.ZERO, 7L, 7, null, null, new FrequencyCap(1, 7)));
                    SendRun run = crm.campaigns().send(new SendCampaign(tenant, id, 0, 1));
                    sent += run.sent();
                    capped += run.capped();
                }
                clock.advance(Duration.ofDays(8));
            }

            // then each time one message reached each customer and the second campaign was capped
            assertThat(sent).isEqualTo((long) WINDOWS * customers.size());
            assertThat(capped).isEqualTo((long) WINDOWS * customers.size());
            // and the counters are one lock row per customer, whatever the number of windows
            assertThat(counters(pool, tenant)).containsExactly("campaign-contact/an|0", "campaign-contact/bo|0", "campaign-contact/cy|0");

            // when one of them is erased, her lock row stays: it names her pseudonymous id and nothing else
            crm.privacy().erase(tenant, customers.get(0));

            // then
            assertThat(counters(pool, tenant)).hasSize(customers.size());
        }
    }

    private static List<String> counters(HikariDataSource pool, TenantId tenant) throws SQLException {
        return SchemaScan.rows(pool, "SELECT name, counter_value FROM crm_counter WHERE tenant_id = '" + tenant.value()
                + "' AND name LIKE 'campaign-contact/%' ORDER BY name");
    }
}
