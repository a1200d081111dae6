package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueToSegment;
import org.crmkit.offer.coupon.SegmentIssue;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Issuing a coupon to every member of a segment ({@code crm.coupons().issueToSegment}) on H2
 * (file) and PostgreSQL: {@code --customers} customers (default 1,000,000) loaded with bare SQL,
 * a segment of everyone, the issue run as shard 0 of 1 (one instance does it all), timed beside a
 * bare JDBC baseline measured in the same run: the same number of coupon-like rows written with
 * batched INSERTs of 1,000 rows, one commit per batch. A second run with the same issue key, which
 * must issue nothing, is timed too.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@coupon-segment -pl benchmarks -am}
 * ({@code -Dcoupon.customers=100000} to shorten). PostgreSQL refuses to run as root.
 */
public final class CouponSegmentBenchmark {

    private static final TenantId TENANT = TenantId.of("coupon-bench");
    private static final Instant JOINED = Instant.parse("2025-01-10T02:00:00Z");

    private CouponSegmentBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchDatabase.Options options = BenchDatabase.Options.parse(args, 1_000_000);
        int members = options.customers();
        List<String> databases = options.databases();
        System.out.printf(Locale.ROOT, "crmkit coupon-to-segment benchmark: %,d customers, %d CPUs, Java %s, max heap %d MB%n", members,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        BenchDatabase.forEach(databases, "coupon-bench", 4, db -> run(db, members));
    }

    private static void run(BenchDatabase db, int customers) throws Exception {
        Crm crm = Crm.builder().storage(JdbcStorage.create(db.dataSource))
                .clock(Clock.fixed(JOINED.plusSeconds(86_400L * 30), ZoneOffset.UTC)).build();
        load(db, TENANT, customers);
        crm.coupons().defineTemplate(CouponTemplate.amountOff(TENANT, "mj-200-20", "20 off 200", Money.of("200.00", "CNY"),
                Money.of("20.00", "CNY")));
        Segment everyone = Segment.of("everyone", Criteria.everyone());

        double baseline = baseline(db, customers);
        PeakHeap.reset();
        long start = System.nanoTime();
        SegmentIssue issued = crm.coupons().issueToSegment(new IssueToSegment(TENANT, "mj-200-20", everyone, "campaign-1", 0, 1));
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = PeakHeap.megabytes();
        start = System.nanoTime();
        SegmentIssue again = crm.coupons().issueToSegment(new IssueToSegment(TENANT, "mj-200-20", everyone, "campaign-1", 0, 1));
        double replay = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: issued %,d coupons to a segment of %,d in %.1f s = %,.0f coupons/s (peak heap %d MB);"
                        + " bare batched INSERT of as many rows %.1f s; issue / baseline = %.1fx%n", db.name, issued.issued(), issued.members(),
                seconds, issued.issued() / seconds, heap, baseline, seconds / baseline);
        System.out.printf(Locale.ROOT, "%s: the same issue again (same key) issued %,d (%,d already issued) in %.1f s%n", db.name,
                again.issued(), again.alreadyIssued(), replay);
    }

    /** Customers {@code c00000000} ... of the tenant with bare SQL, 1,000 a batch. */
    static void load(BenchDatabase db, TenantId tenant, int customers) throws Exception {
        long start = System.nanoTime();
        Timestamp joined = Timestamp.from(JOINED);
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO crm_customer (tenant_id, customer_id, display_name,"
                    + " source_channel, credit_standing, lifecycle_stage, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, 'APP', 'GOOD', 'ACTIVE', ?, ?, 0)")) {
                for (int i = 0; i < customers; i++) {
                    customer.setString(1, tenant.value());
                    customer.setString(2, String.format("c%08d", i));
                    customer.setString(3, "customer " + i);
                    customer.setTimestamp(4, joined);
                    customer.setTimestamp(5, joined);
                    customer.addBatch();
                    if (i % 1000 == 999 || i == customers - 1) {
                        customer.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: loaded %,d customers in %.1f s%n", db.name, customers, (System.nanoTime() - start) / 1e9);
    }

    /** The same number of rows, shaped like an issued coupon, in batched INSERTs of 1,000 with a commit each. */
    private static double baseline(BenchDatabase db, int rows) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_coupon (tenant_id VARCHAR(64) NOT NULL, coupon_id VARCHAR(64) NOT NULL, template_id VARCHAR(64)"
                    + " NOT NULL, customer_id VARCHAR(64) NOT NULL, issue_key VARCHAR(200) NOT NULL, issued_at TIMESTAMP WITH TIME ZONE"
                    + " NOT NULL, status VARCHAR(16) NOT NULL, PRIMARY KEY (tenant_id, coupon_id))");
        }
        long start = System.nanoTime();
        Timestamp at = Timestamp.from(JOINED);
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_coupon VALUES (?, ?, 'mj-200-20', ?, ?, ?, 'AVAILABLE')")) {
                for (int i = 0; i < rows; i++) {
                    String customer = String.format("c%08d", i);
                    insert.setString(1, TENANT.value());
                    insert.setString(2, "cp-" + i);
                    insert.setString(3, customer);
                    insert.setString(4, "campaign-1:" + customer);
                    insert.setTimestamp(5, at);
                    insert.addBatch();
                    if (i % 1000 == 999 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
