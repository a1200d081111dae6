package org.crmkit.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.TierOutlook;

/**
 * {@code tiers().assessToday(tenant, i, n)}: members of JD's monthly ladder, assessed on the first
 * of the month; a member is done once their next assessment day is after today.
 */
final class TierAssessmentSweep implements TenantSweep {

    private final Crm crm;
    private final MutableClock clock;
    private final Map<TenantId, List<CustomerId>> members = new HashMap<>();

    TierAssessmentSweep(Crm crm, MutableClock clock) {
        this.crm = crm;
        this.clock = clock;
    }

    @Override
    public TenantId open(int rows) {
        TenantId tenant = Tenants.fresh();
        crm.tiers().defineLadder(TierFixture.jdLadder(tenant));
        List<CustomerId> joined = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            CustomerId member = crm.customers().register(RegisterCustomer.of(tenant, "Member " + i, SourceChannel.APP)).id();
            crm.tiers().recordPurchase(new RecordTierPurchase(tenant, member, ProgrammeId.DEFAULT, "buy:order-" + i, "order-" + i,
                    Money.of("50.00", "CNY"), null));
            joined.add(member);
        }
        members.put(tenant, joined);
        return tenant;
    }

    @Override
    public int run(TenantId tenant, int shard, int shards) {
        List<AssessmentReport> reports = crm.tiers().assessToday(tenant, shard, shards);
        return (int) reports.stream().mapToLong(r -> r.examined() - r.alreadyDone()).sum();
    }

    @Override
    public int done(TenantId tenant) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), TierFixture.SHANGHAI);
        return (int) members.getOrDefault(tenant, List.of()).stream().filter(m -> {
            TierOutlook outlook = crm.tiers().status(tenant, m, ProgrammeId.DEFAULT).outlook();
            return outlook != null && outlook.assessmentDay().isAfter(today);
        }).count();
    }
}
