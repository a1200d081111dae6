package org.crmkit.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;

/** {@code loyalty().settleDue(tenant, i, n)}: members' points that expire a month after the grant, expired once past it. */
final class PointsSettlementSweep implements TenantSweep {

    private final Crm crm;
    private final Map<TenantId, List<CustomerId>> members = new HashMap<>();

    PointsSettlementSweep(Crm crm, MutableClock clock) {
        this.crm = crm;
    }

    @Override
    public TenantId open(int rows) {
        TenantId tenant = Tenants.fresh();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).expiry(ExpiryPolicies.rollingMonths(1)).build());
        List<CustomerId> granted = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            CustomerId member = crm.customers().register(RegisterCustomer.of(tenant, "Member " + i, SourceChannel.APP)).id();
            crm.loyalty().grant(new GrantPoints(tenant, member, ProgrammeId.DEFAULT, "grant-" + i, 100, "goodwill", null, "agent-1"));
            granted.add(member);
        }
        members.put(tenant, granted);
        return tenant;
    }

    @Override
    public int run(TenantId tenant, int shard, int shards) {
        return crm.loyalty().settleDue(tenant, shard, shards);
    }

    @Override
    public int done(TenantId tenant) {
        // the statement is read without settling: an expiry entry is the job's
        return (int) members.getOrDefault(tenant, List.of()).stream()
                .filter(m -> crm.loyalty().statement(tenant, m, ProgrammeId.DEFAULT, PageRequest.first(10)).items().stream()
                        .anyMatch(e -> e.type() == EntryType.EXPIRE))
                .count();
    }
}
