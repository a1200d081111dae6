package org.crmkit.spring;

import java.util.Collection;
import org.crmkit.shared.TenantId;

/**
 * The tenants whose sweeps the starter's scheduled jobs run tenant by tenant, for a host whose
 * tenants come and go while it runs (merchants opening on a platform): define one bean of this
 * type and it replaces the {@code crmkit.jobs.tenants} property. Each shard run of each sweep asks
 * it afresh, places the tenants ({@code CrmStorage.placeTenants}) and runs the per-tenant forms for
 * the tenants {@code TenantSharding.tenantsOf} gives its shard, so that on Citus each worker is read
 * by one job shard.
 *
 * <p>Every instance must answer the same tenants at the same time, as with the property: two
 * instances answering differently may both run a tenant, or neither (the jobs are idempotent, so
 * the first only costs work; a tenant left out is run at the next due time the answers agree).
 *
 * @since 0.2
 */
@FunctionalInterface
public interface CrmJobTenants {

    /**
     * The tenants whose due rows the sweeps run, read from the host's own records (its merchant
     * table, say). A tenant listed twice is run once; an empty answer means no tenant, not every
     * tenant.
     *
     * @return the tenants, none null
     */
    Collection<TenantId> tenants();
}
