package org.crmkit.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierStatus;
import org.crmkit.tier.spi.MemberStanding;
import org.crmkit.tier.spi.TierDecision;
import org.crmkit.tier.spi.TierPolicy;
import org.crmkit.tier.spi.TierPolicyFactory;

/**
 * A tier policy of one's own, registered on the builder: Walmart-style lead, iron, silver and
 * gold customers on lifetime spend, where a tier once reached is kept for life. The ladder stores
 * the policy as its spec, {@code for-life}; every {@code Crm} that loads the ladder needs the
 * factory (on the builder, or listed in {@code META-INF/services/org.crmkit.tier.spi.TierPolicyFactory}).
 */
public final class CustomTierPolicyExample {

    private CustomTierPolicyExample() {}

    // --- README custom tier policy example begins
    /** Up as soon as the metric allows; never down. Assessed on 1 January, which only lifts. */
    public record TiersForLife() implements TierPolicy {

        @Override
        public boolean isAssessmentDay(LocalDate date, LocalDate joinedOn) {
            return date.getDayOfYear() == 1;
        }

        @Override
        public int upgradeOnMetricChange(MemberStanding member) {
            return Math.max(member.rank(), member.earnedRank());
        }

        @Override
        public TierDecision assess(MemberStanding member) {
            return member.earnedRank() > member.rank()
                    ? TierDecision.moveTo(member.earnedRank(), "metric " + member.metric() + " reaches a higher tier")
                    : TierDecision.keep(member.rank(), "a tier once reached is kept for life");
        }

        @Override
        public String spec() {
            return "for-life";
        }
    }

    /** Recreates the policy from the spec a stored ladder holds. */
    public static final class TiersForLifeFactory implements TierPolicyFactory {

        @Override
        public String kind() {
            return "for-life";
        }

        @Override
        public TierPolicy create(String argument) {
            return new TiersForLife();
        }
    }
    // --- README custom tier policy example ends

    /** Buys gold, refunds most of it, and returns the status after the yearly assessment. */
    public static TierStatus run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(Clock.fixed(Instant.parse("2027-01-01T08:00:00Z"), ZoneOffset.UTC))
                .tierPolicyFactory(new TiersForLifeFactory())
                .build();
        TenantId shop = TenantId.of("walmart-cn");
        ProgrammeId programme = ProgrammeId.DEFAULT;
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.OFFLINE_STORE));
        crm.tiers().defineLadder(TierLadder.of(shop, programme, List.of(Tier.of("lead", "铅", 0), Tier.of("iron", "铁", 2_000),
                Tier.of("silver", "银", 5_000), Tier.of("gold", "金", 10_000)), QualifyingMetrics.lifetimeSpend(), new TiersForLife(),
                Crm.DEFAULT_ZONE));
        crm.tiers().recordPurchase(new RecordTierPurchase(shop, li.id(), programme, "tier:order-1", "order-1",
                Money.of("12000.00", "CNY"), Instant.parse("2026-06-01T02:00:00Z")));
        crm.tiers().recordRefund(new RecordTierRefund(shop, li.id(), programme, "tier:refund-1", "order-1", Money.of("12000.00", "CNY"),
                Money.of("11000.00", "CNY"), false, Instant.parse("2026-06-10T02:00:00Z")));
        crm.tiers().assess(shop, programme, LocalDate.of(2027, 1, 1), 0, 1, AssessmentListener.NONE);
        return crm.tiers().status(shop, li.id(), programme);
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}
