package org.crmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;
import org.crmkit.shared.TenantSharding;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Batch jobs split by tenant: two application instances each take the tenants that {@link
 * TenantSharding} gives their job shard, by where the storage places them, and run every batch job
 * tenant by tenant. On one database the tenants spread by a hash; on Citus each instance takes the
 * tenants of its own worker. Each shop's purchase points are pending for a week; a week later the
 * instances' settlement makes them available.
 */
public final class TenantShardedBatchExample {

    private TenantShardedBatchExample() {}

    /** The tenants each instance took, and the points each shop's member then has available. */
    public record Outcome(List<List<TenantId>> taken, List<Long> available) {}

    /** Three shops on one H2 database; two instances run the batch jobs of their tenants. */
    public static Outcome run() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:tenant-sharded-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
        Instant bought = Instant.parse("2026-12-01T02:00:00Z");
        Crm setup = Crm.builder().storage(JdbcStorage.create(database)).clock(Clock.fixed(bought, ZoneOffset.UTC)).build();
        List<CustomerId> members = new ArrayList<>();
        for (String name : List.of("jd", "suning", "walmart")) {
            members.add(open(setup, TenantId.of(name)));
        }
        Clock clock = Clock.fixed(bought.plus(Duration.ofDays(8)), ZoneOffset.UTC);
        List<List<TenantId>> taken = new ArrayList<>();
        int n = 2;
        for (int i = 0; i < n; i++) {                                      // instance i of n, one after the other here
            JdbcStorage storage = JdbcStorage.create(database);
            Crm crm = Crm.builder().storage(storage).clock(clock).build();
            List<TenantId> took = new ArrayList<>();
            // --- README tenant sharding example begins
            List<TenantId> shops = List.of(TenantId.of("jd"), TenantId.of("suning"), TenantId.of("walmart"));   // the same list on every instance
            List<TenantPlacement> placed = storage.placeTenants(shops);          // each tenant's worker and shard group
            for (TenantId shop : TenantSharding.tenantsOf(placed, i, n)) {       // job shard i of n takes whole tenants
                took.add(shop);
                crm.loyalty().settleDue(shop, 0, 1);                             // expiry, matured points, timed-out holds of one tenant
                crm.complaints().checkSlas(shop, crm.clock().instant(), 0, 1);
                crm.tiers().assessToday(shop, 0, 1);                             // every ladder of the tenant, for today in its zone
                crm.storedValue().expireDue(shop, 0, 1);                         // cards past their expiry
                crm.coupons().settleDue(shop, 0, 1);                             // timed-out coupon locks, ended coupons
                crm.sales().dueReminders(shop, crm.clock().instant(), 0, 1);     // follow-up reminders that are due
                crm.value().score(ScoreCustomers.of(shop));
            }
            // --- README tenant sharding example ends
            taken.add(took);
        }
        List<Long> available = new ArrayList<>();
        List<String> names = List.of("jd", "suning", "walmart");
        for (int s = 0; s < names.size(); s++) {        // read at the purchase's time: only what the instances settled is available
            available.add(setup.loyalty().balance(TenantId.of(names.get(s)), members.get(s), ProgrammeId.DEFAULT).available());
        }
        return new Outcome(taken, available);
    }

    /** A shop whose points are pending for a week, with a growth ladder and one member who bought for CNY 300. */
    private static CustomerId open(Crm crm, TenantId shop) {
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ofDays(7), Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
        crm.tiers().defineLadder(TierLadder.of(shop, ProgrammeId.DEFAULT, List.of(Tier.of("member", "会员", 0),
                Tier.of("gold", "金牌会员", 1_000)), QualifyingMetrics.growthValue(), TierPolicies.jd(), Crm.DEFAULT_ZONE));
        CustomerId member = crm.customers().register(RegisterCustomer.of(shop, "member", SourceChannel.APP)).id();
        crm.commerce().recordPurchase(RecordPurchase.of(shop, member, "order-1", Money.of("300.00", "CNY")).inProgramme(ProgrammeId.DEFAULT));
        return member;
    }

    public static void main(String[] args) {
        Outcome outcome = run();
        System.out.println("instance 0 took " + outcome.taken().get(0) + ", instance 1 took " + outcome.taken().get(1)
                + "; points available after settlement: " + outcome.available());
    }
}
