package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.marketing.Delivery;
import org.crmkit.marketing.Message;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.marketing.campaign.Campaign;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.marketing.campaign.SendRun;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.TenantId;

/**
 * A campaign launched to a segment of {@code --customers} customers (default 1,000,000) on H2 (file)
 * and PostgreSQL: the audience snapshot ({@code crm.campaigns().launch}, a 10% holdout) and the
 * sends of the whole target group as shard 0 of 1 ({@code crm.campaigns().send}) to a channel that
 * does nothing, each timed with the peak heap, beside a bare scan in the same run: one SQL query
 * reading every customer row with its consent rows. Customers are loaded with bare SQL, each with
 * SMS consent. A second send, which must send nothing, is timed too.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@campaign-launch -pl benchmarks -am}
 * ({@code -Dcampaign.customers=100000} to shorten). PostgreSQL refuses to run as root.
 */
public final class CampaignLaunchBenchmark {

    private static final TenantId TENANT = TenantId.of("campaign-bench");
    private static final Instant JOINED = Instant.parse("2025-01-10T02:00:00Z");

    private CampaignLaunchBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchDatabase.Options options = BenchDatabase.Options.parse(args, 1_000_000);
        int members = options.customers();
        List<String> databases = options.databases();
        System.out.printf(Locale.ROOT, "crmkit campaign launch benchmark: %,d customers, %d CPUs, Java %s, max heap %d MB%n", members,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        BenchDatabase.forEach(databases, "campaign-bench", 4, db -> run(db, members));
    }

    /** A channel that takes every message and does nothing with it. */
    private static final class NoOpChannel implements MessageChannel {
        @Override
        public String name() {
            return "noop";
        }

        @Override
        public MarketingChannel consent() {
            return MarketingChannel.SMS;
        }

        @Override
        public Delivery send(Message message) {
            return Delivery.success();
        }
    }

    private static void run(BenchDatabase db, int customers) throws Exception {
        Crm crm = Crm.builder().storage(JdbcStorage.create(db.dataSource)).messageChannel(new NoOpChannel())
                .clock(Clock.fixed(JOINED.plusSeconds(86_400L * 30), ZoneOffset.UTC)).build();
        load(db, customers);
        double floor = ScanFloor.seconds(db.dataSource, "customers with their consents", "SELECT c.*, k.* FROM crm_customer c"
                + " LEFT JOIN crm_customer_consent k ON k.tenant_id = c.tenant_id AND k.customer_id = c.customer_id WHERE c.tenant_id = ?"
                + " ORDER BY c.customer_id", TENANT.value());

        PeakHeap.reset();
        long start = System.nanoTime();
        Campaign campaign = crm.campaigns().launch(LaunchCampaign.of(TENANT, "spring", "Spring sale", Segment.of("everyone",
                Criteria.everyone()), "noop", "Spring sale: 20% off tea", CampaignOffer.message(), new BigDecimal("0.1"), 7L, 7));
        double snapshot = (System.nanoTime() - start) / 1e9;
        long snapshotHeap = PeakHeap.megabytes();
        PeakHeap.reset();
        start = System.nanoTime();
        SendRun run = crm.campaigns().send(new SendCampaign(TENANT, "spring", 0, 1));
        double send = (System.nanoTime() - start) / 1e9;
        long sendHeap = PeakHeap.megabytes();
        start = System.nanoTime();
        SendRun again = crm.campaigns().send(new SendCampaign(TENANT, "spring", 0, 1));
        double replay = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: snapshot of %,d customers (%,d target, %,d control) in %.1f s = %,.0f customers/s (peak heap %d MB);"
                        + " snapshot / bare scan = %.1fx%n", db.name, campaign.targets() + campaign.controls(), campaign.targets(),
                campaign.controls(), snapshot, (campaign.targets() + campaign.controls()) / snapshot, snapshotHeap, snapshot / floor);
        System.out.printf(Locale.ROOT, "%s: sent %,d messages to a no-op channel in %.1f s = %,.0f messages/s (peak heap %d MB);"
                        + " launch (snapshot + sends) %.1f s = %.1fx the bare scan%n", db.name, run.sent(), send, run.sent() / send, sendHeap,
                snapshot + send, (snapshot + send) / floor);
        System.out.printf(Locale.ROOT, "%s: the same send again sent %,d in %.1f s%n", db.name, again.sent(), replay);
    }

    /** The customers of {@link CouponSegmentBenchmark#load}, then SMS consent for each in one statement. */
    private static void load(BenchDatabase db, int customers) throws Exception {
        CouponSegmentBenchmark.load(db, TENANT, customers);
        long start = System.nanoTime();
        try (Connection c = db.dataSource.getConnection(); PreparedStatement consent = c.prepareStatement("INSERT INTO crm_customer_consent"
                + " (tenant_id, customer_id, channel, granted, decided_at) SELECT tenant_id, customer_id, 'SMS', TRUE, created_at"
                + " FROM crm_customer WHERE tenant_id = ?")) {
            consent.setString(1, TENANT.value());
            System.out.printf(Locale.ROOT, "%s: gave SMS consent to %,d customers in %.1f s%n", db.name, consent.executeUpdate(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
