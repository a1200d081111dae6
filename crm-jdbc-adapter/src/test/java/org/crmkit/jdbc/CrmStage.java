package org.crmkit.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;

/** A fault-injection stage that works through the whole {@link Crm}: a fresh tenant, its clock and the customers it sets up. */
abstract class CrmStage {
    final TenantId tenant = Tenants.fresh();
    final MutableClock clock;
    final Crm crm;
    final List<CustomerId> customers = new ArrayList<>();

    CrmStage(JdbcStorage storage, Instant start) {
        clock = MutableClock.at(start);
        crm = Crm.builder().storage(storage).clock(clock).build();
    }
}
