package org.crmkit.contract;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.crmkit.Crm;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;

/**
 * One batch job that has a per-tenant form, seen from the outside: tenants opened with rows the
 * job will find due, the job run for one tenant, and how many of a tenant's rows it has done, read
 * back through the public API. Rows are made at {@link #OPENED} and all due at {@link #DUE}.
 * Public, with {@link TenantSweepsContract#sweeps()}, for the Spring starter's job tests.
 */
public interface TenantSweep {

    /** 10:00 on 20 May 2025 in Shanghai, when every tenant's rows are made. */
    Instant OPENED = LocalDateTime.parse("2025-05-20T10:00").toInstant(ZoneOffset.ofHours(8));
    /** 10:00 on 1 July 2025 in Shanghai: every row made at {@link #OPENED} is due (and it is a monthly assessment day). */
    Instant DUE = LocalDateTime.parse("2025-07-01T10:00").toInstant(ZoneOffset.ofHours(8));

    /** A fresh tenant with {@code rows} rows that fall due at {@link #DUE}. */
    TenantId open(int rows);

    /** Runs the job's per-tenant form for shard {@code shard} of {@code shards} at the clock's now; how many rows it did. */
    int run(TenantId tenant, int shard, int shards);

    /** How many of the tenant's rows are done, as the tenant's own reads show. */
    int done(TenantId tenant);

    /** Makes one of the sweeps over {@code crm}, whose clock is {@code clock}. */
    @FunctionalInterface
    interface Factory {
        TenantSweep over(Crm crm, MutableClock clock);
    }
}
