package org.crmkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.PointsMallService;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.RewardItem;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the points-mall suites share: a {@link Crm} over the storage under test with a movable clock
 * standing at 2025-06-01 10:03 in Shanghai (the tenant's zone), a fresh tenant per test with a
 * plain programme (1 point per yuan, CNY, points never expire) and a four-tier ladder, and two
 * members, Li and Han. It holds no tests itself.
 */
public abstract class MallFixture {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    protected static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    protected final MutableClock clock = MutableClock.atSomeMoment();
    protected final TenantId tenant = Tenants.fresh();
    protected Crm crm;
    protected PointsMallService mall;
    protected LoyaltyService loyalty;
    protected CustomerId li;
    protected CustomerId han;
    private int keys;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrmWithAProgrammeALadderAndTwoMembers() {
        crm = Crm.builder().storage(storage()).clock(clock).build();
        mall = crm.mall();
        loyalty = crm.loyalty();
        loyalty.defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofHours(1)));
        crm.tiers().defineLadder(TierLadder.of(tenant, PROGRAMME, List.of(Tier.of("registered", "注册会员", 0), Tier.of("silver", "银牌会员", 3000),
                Tier.of("gold", "金牌会员", 10000), Tier.of("diamond", "钻石会员", 30000)), QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));
        li = register(tenant, "Li Lei");
        han = register(tenant, "Han Meimei");
    }

    protected CustomerId register(TenantId tenantId, String name) {
        return crm.customers().register(RegisterCustomer.of(tenantId, name, SourceChannel.APP)).id();
    }

    /** A new idempotency key, unique within the test. */
    protected String key(String prefix) {
        return prefix + "-" + (++keys);
    }

    /** Credits {@code points} to the customer, available at once. */
    protected void give(CustomerId who, long points) {
        loyalty.grant(new GrantPoints(tenant, who, PROGRAMME, key("grant"), points, "welcome", null, "agent-7"));
    }

    /** The customer's available points. */
    protected long available(CustomerId who) {
        return loyalty.balance(tenant, who, PROGRAMME).available();
    }

    /** Puts the customer in {@code tierCode} for a year. */
    protected void placeIn(CustomerId who, String tierCode) {
        crm.tiers().override(new OverrideTier(tenant, who, PROGRAMME, tierCode, "test placement", "agent-7", clock.instant().plus(Duration.ofDays(365))));
    }

    /** A points-only digital item of this tenant, open to all, unlimited. */
    protected DefineReward digital(String code, long points) {
        return DefineReward.of(tenant, PROGRAMME, code, "Voucher " + code, points, Fulfilment.DIGITAL_CODE);
    }

    /** A points-only shipped good of this tenant, open to all, unlimited. */
    protected DefineReward good(String code, long points) {
        return DefineReward.of(tenant, PROGRAMME, code, "Good " + code, points, Fulfilment.SHIPPED_GOOD);
    }

    protected RewardItem define(DefineReward command) {
        return mall.define(command);
    }

    protected MallOrder redeem(CustomerId who, String code, int quantity) {
        return mall.redeem(new RedeemReward(tenant, who, PROGRAMME, code, quantity, key("redeem")));
    }

    protected static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** The instant of a wall-clock time in Shanghai, e.g. {@code 2025-11-11T10:00}. */
    protected static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
