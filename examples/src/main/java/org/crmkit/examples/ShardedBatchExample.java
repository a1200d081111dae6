package org.crmkit.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Batch jobs shared by two application instances: each runs shard {@code i} of 2 of the monthly
 * tier assessment (and would do the same for {@code loyalty().settleDue(i, 2)} and
 * {@code complaints().checkSlas(now, i, 2)}) against one database, at the same time. Every member
 * is assessed exactly once.
 */
public final class ShardedBatchExample {

    private ShardedBatchExample() {}

    /** Two instances assess 200 members of one database concurrently; returns each shard's report. */
    public static List<AssessmentReport> run() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:sharded-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
        TenantId shop = TenantId.of("my-shop");
        Crm setup = Crm.builder().storage(JdbcStorage.create(database)).clock(clock).build();
        setup.tiers().defineLadder(TierLadder.of(shop, ProgrammeId.DEFAULT, List.of(Tier.of("member", "会员", 0),
                Tier.of("gold", "金牌会员", 1_000)), QualifyingMetrics.growthValue(), TierPolicies.jd(), Crm.DEFAULT_ZONE));
        for (int i = 0; i < 200; i++) {
            Customer c = setup.customers().register(RegisterCustomer.of(shop, "member " + i, SourceChannel.APP));
            setup.tiers().recordPurchase(new RecordTierPurchase(shop, c.id(), ProgrammeId.DEFAULT, "order-" + i, "order-" + i,
                    Money.of(i % 2 == 0 ? "1500.00" : "100.00", "CNY"), Instant.parse("2025-11-01T02:00:00Z")));
        }
        // --- README sharding example begins
        ExecutorService instances = Executors.newFixedThreadPool(2);     // stands for two application instances
        List<Future<AssessmentReport>> shards = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            int mine = shard;
            Crm instance = Crm.builder().storage(JdbcStorage.create(database)).clock(clock).build();   // each has its own
            shards.add(instances.submit(() -> instance.tiers().assess(shop, ProgrammeId.DEFAULT, LocalDate.of(2026, 12, 1),
                    mine, 2, AssessmentListener.NONE)));                 // shard 0 of 2 here, shard 1 of 2 there
        }
        // --- README sharding example ends
        List<AssessmentReport> reports = new ArrayList<>();
        for (Future<AssessmentReport> f : shards) {
            reports.add(f.get());
        }
        instances.shutdown();
        return reports;
    }

    public static void main(String[] args) throws Exception {
        run().forEach(System.out::println);
    }
}
