package org.crmkit.spring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantSharding;
import org.crmkit.spi.CrmStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of shard {@code i} of {@code n} of a sweep run tenant by tenant: the tenants asked
 * afresh and placed afresh (placements move when a cluster is rebalanced), the ones {@link
 * TenantSharding} gives shard {@code i} each swept whole (shard 0 of 1). A tenant whose sweep fails
 * does not keep the others from theirs; the shard run then fails with the first failure, and so
 * does a run interrupted (the instance stopping) before its last tenant.
 */
final class TenantByTenant implements IntBinaryOperator {

    private static final Logger log = LoggerFactory.getLogger(TenantByTenant.class);

    private final String job;
    private final CrmStorage storage;
    private final CrmJobTenants tenants;
    private final CrmJob.Sweep sweep;

    TenantByTenant(String job, CrmStorage storage, CrmJobTenants tenants, CrmJob.Sweep sweep) {
        this.job = job;
        this.storage = checkNotNull(storage, "storage");
        this.tenants = tenants;
        this.sweep = sweep;
    }

    @Override
    public int applyAsInt(int shard, int shards) {
        Collection<TenantId> all = checkNotNull(tenants.tenants(), "the CrmJobTenants bean answered null");
        all.forEach(tenant -> checkNotNull(tenant, "the CrmJobTenants bean answered a null tenant among %s", all));
        List<TenantId> mine = TenantSharding.tenantsOf(storage.placeTenants(all), shard, shards);
        int done = 0;
        RuntimeException failed = null;
        for (TenantId tenant : mine) {
            if (Thread.currentThread().isInterrupted()) {
                // stopping: a failed run leaves the shard due again soon, to run whole
                throw new IllegalStateException("crmkit job " + job + " shard " + shard + "/" + shards + " stopped before tenant " + tenant);
            }
            try {
                done += sweep.run(tenant, 0, 1);
            } catch (RuntimeException e) {
                log.warn("crmkit job {} shard {}/{} failed for tenant {}: {}", job, shard, shards, tenant, e.toString());
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return done;
    }
}
