package org.crmkit.jdbc;

import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The tenant condition of a batch job's page: none for a sweep over every tenant, {@code tenant_id
 * = ?} bound first for a sweep of one tenant. Every table is distributed by {@code tenant_id}, so
 * on Citus a page of one tenant is a router query to the one worker holding that tenant.
 */
final class TenantFilter {

    private TenantFilter() {}

    /** {@code " WHERE "} and the condition, behind {@code tenant_id = ? AND} when there is a tenant. */
    static String where(@Nullable TenantId tenantId, String condition) {
        return (tenantId == null ? " WHERE " : " WHERE tenant_id = ? AND ") + condition;
    }

    /** The parameters of a statement made with {@link #where}: the tenant's id, if any, then the condition's. */
    static Object[] parameters(@Nullable TenantId tenantId, Object... parameters) {
        if (tenantId == null) {
            return parameters;
        }
        Object[] all = new Object[parameters.length + 1];
        all[0] = tenantId.value();
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        return all;
    }
}
