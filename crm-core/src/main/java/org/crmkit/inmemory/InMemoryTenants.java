package org.crmkit.inmemory;

import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** The tenant condition of a batch job's page: a sweep of one tenant, or of every tenant when none is named. */
final class InMemoryTenants {

    private InMemoryTenants() {}

    /** Whether a row of {@code rowTenant} belongs to a sweep of {@code swept} (every tenant if null). */
    static boolean matches(@Nullable TenantId swept, TenantId rowTenant) {
        return swept == null || swept.equals(rowTenant);
    }
}
