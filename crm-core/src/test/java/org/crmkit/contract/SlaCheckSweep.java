package org.crmkit.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.SlaState;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;

/** {@code complaints().checkSlas(tenant, now, i, n)}: complaints left untouched for weeks, reported breached by the check. */
final class SlaCheckSweep implements TenantSweep {

    private final Crm crm;
    private final MutableClock clock;
    private final Map<TenantId, List<CaseId>> cases = new HashMap<>();

    SlaCheckSweep(Crm crm, MutableClock clock) {
        this.crm = crm;
        this.clock = clock;
    }

    @Override
    public TenantId open(int rows) {
        TenantId tenant = Tenants.fresh();
        CustomerId customer = crm.customers().register(RegisterCustomer.of(tenant, "Zhang Wei", SourceChannel.APP)).id();
        List<CaseId> opened = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            opened.add(crm.complaints().open(OpenCase.of(tenant, customer, CaseType.COMPLAINT, "delivery", CaseChannel.APP,
                    "parcel " + i + " arrived crushed")).id());
        }
        cases.put(tenant, opened);
        return tenant;
    }

    @Override
    public int run(TenantId tenant, int shard, int shards) {
        return (int) crm.complaints().checkSlas(tenant, clock.instant(), shard, shards).examined();
    }

    @Override
    public int done(TenantId tenant) {
        // a case's state changes with a change of the case or a check; nobody touched these
        return (int) cases.getOrDefault(tenant, List.of()).stream()
                .filter(id -> crm.complaints().find(tenant, id).orElseThrow().sla().state() == SlaState.BREACHED).count();
    }
}
