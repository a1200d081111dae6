package org.crmkit.testing;

import java.util.UUID;
import org.crmkit.shared.TenantId;

/** Tenants for tests that share one storage: each test isolates itself in a fresh one. */
public final class Tenants {

    private Tenants() {}

    /** A tenant no other test has used. */
    public static TenantId fresh() {
        return TenantId.of("t-" + UUID.randomUUID());
    }
}
