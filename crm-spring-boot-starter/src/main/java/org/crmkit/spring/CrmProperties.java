package org.crmkit.spring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crmkit.Crm;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crmkit.*} settings of a Spring Boot application.
 *
 * @param zone the default zone for calendar rules such as points expiring at year end; Asia/Shanghai
 *     when not set
 * @param migrate whether crmkit applies its pending migrations, recorded in its own table
 *     crm_schema_history, when the application starts (after the application's own Flyway or
 *     Liquibase); false when a separate deployment step runs JdbcStorage.migrate()
 * @param schema the schema of crmkit's tables and Flyway history (created if missing); the
 *     connection's current schema when not set
 * @param tablePrefix the start of the name of every table, index and constraint crmkit creates,
 *     and of its history table (prefix + schema_history); crm_ when not set
 * @param jobs crmkit's scheduled batch jobs on this instance
 * @param health when the health indicator reports crmkit down
 * @param eventsInCommitOrder whether each tenant's outbox events are drained in the order their
 *     units of work committed (true when not set); false lets a tenant's units with events commit
 *     side by side, their events drained in the order written (JdbcStorage.Builder.eventsInCommitOrder)
 * @since 0.1
 */
@ConfigurationProperties("crmkit")
public record CrmProperties(ZoneId zone, @DefaultValue("true") boolean migrate, @Nullable String schema,
        @DefaultValue("crm_") String tablePrefix, @DefaultValue Jobs jobs, @DefaultValue Health health,
        @DefaultValue("true") boolean eventsInCommitOrder) {

    /** Fills in {@link Crm#DEFAULT_ZONE} for a zone not set. */
    public CrmProperties {
        zone = zone != null ? zone : Crm.DEFAULT_ZONE;
    }

    /**
     * The {@code crmkit.jobs.*} settings: crmkit's batch jobs, each cut into shards that the
     * instances claim from the database (job leases), so every instance can run them with the same
     * settings.
     *
     * @param enabled whether this instance takes part in running the jobs; true by default, since
     *     points that never expire and SLAs never checked are wrong silently; false on instances
     *     that must not (a web tier beside a worker tier), or in tests that run jobs by hand
     * @param shards how many shards each job is cut into, the most instances that work on one job at
     *     a time; every instance must use the same number
     * @param lease how long a claimed shard is an instance's before another may take it over, if the
     *     instance dies; renewed while the shard runs
     * @param poll how often this instance looks for due shards
     * @param settleDue points expiry, maturing and hold time-outs ({@code loyalty().settleDue})
     * @param assess tier assessment of every ladder for today ({@code tiers().assessToday}); keep the
     *     interval well under a day, since a day is assessed only while it is today
     * @param checkSlas SLA clocks of complaint cases ({@code complaints().checkSlas})
     * @param coupons timed-out checkout locks released and ended coupons expired ({@code
     *     coupons().settleDue})
     * @param cards stored-value cards expired ({@code storedValue().expireDue}); 1 hour unless set
     * @param reminders follow-up task reminders sent when due ({@code sales().dueReminders})
     * @param outbox the outbox drain, run only when the application has an {@link OutboxHandler} bean
     * @param tenants the tenant ids whose sweeps run tenant by tenant: shard {@code i} of {@code n}
     *     of each sweep places them ({@code CrmStorage.placeTenants}, read at every run) and runs the
     *     sweep's per-tenant form for each tenant {@code TenantSharding.tenantsOf} gives it, so that
     *     on Citus each worker is read by one job shard; tenants not listed are not swept. Empty (the
     *     default): each sweep's form over every tenant. A {@link CrmJobTenants} bean replaces it;
     *     every instance must list the same tenants
     * @since 0.2
     */
    public record Jobs(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("4") int shards,
            @DefaultValue("PT5M") Duration lease,
            @DefaultValue("PT5S") Duration poll,
            @DefaultValue Job settleDue,
            @DefaultValue Job assess,
            @DefaultValue Job checkSlas,
            @DefaultValue Job coupons,
            @DefaultValue Job cards,
            @DefaultValue Job reminders,
            @DefaultValue Outbox outbox,
            @DefaultValue List<String> tenants) {

        /**
         * Fills in each job's default interval where none is set.
         *
         * @throws IllegalArgumentException if the shards are fewer than 1, a duration is not
         *     positive, or a tenant id is blank, not a tenant id or listed twice, naming the property
         */
        public Jobs {
            checkArgument(shards >= 1, "crmkit.jobs.shards must be at least 1 but was %s", shards);
            positive("crmkit.jobs.lease", lease);
            positive("crmkit.jobs.poll", poll);
            settleDue = settleDue.orEvery(Duration.ofMinutes(1));
            assess = assess.orEvery(Duration.ofHours(1));
            checkSlas = checkSlas.orEvery(Duration.ofMinutes(1));
            coupons = coupons.orEvery(Duration.ofMinutes(1));
            cards = cards.orEvery(Duration.ofHours(1));
            reminders = reminders.orEvery(Duration.ofMinutes(1));
            positive("crmkit.jobs.settle-due.interval", settleDue.interval());
            positive("crmkit.jobs.assess.interval", assess.interval());
            positive("crmkit.jobs.check-slas.interval", checkSlas.interval());
            positive("crmkit.jobs.coupons.interval", coupons.interval());
            positive("crmkit.jobs.cards.interval", cards.interval());
            positive("crmkit.jobs.reminders.interval", reminders.interval());
            positive("crmkit.jobs.outbox.interval", outbox.interval());
            checkArgument(outbox.pageSize() >= 1, "crmkit.jobs.outbox.page-size must be at least 1 but was %s", outbox.pageSize());
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
            tenantIds(tenants);
        }

        /**
         * The tenants of {@code crmkit.jobs.tenants}, or null when it is empty (each sweep's form
         * over every tenant).
         */
        @Nullable CrmJobTenants tenantSource() {
            List<TenantId> ids = tenantIds(tenants);
            return ids.isEmpty() ? null : () -> ids;
        }

        private static List<TenantId> tenantIds(List<String> tenants) {
            Set<TenantId> ids = new LinkedHashSet<>();
            for (int i = 0; i < tenants.size(); i++) {
                String id = tenants.get(i);
                checkArgument(id != null && !id.isBlank(), "crmkit.jobs.tenants[%s] must be a tenant id but is blank", i);
                TenantId tenant;
                try {
                    tenant = TenantId.of(id);
                } catch (IllegalArgumentException e) {
                    // the message says all: no cause, so that the start's root cause names the property
                    throw new IllegalArgumentException("crmkit.jobs.tenants[" + i + "]: " + e.getMessage());
                }
                checkArgument(ids.add(tenant), "crmkit.jobs.tenants lists tenant %s twice (at %s and %s)", id, tenants.indexOf(id), i);
            }
            return List.copyOf(ids);
        }
    }

    /**
     * One job's schedule.
     *
     * @param interval how long after a shard's run completes it falls due again (1 minute unless
     *     set; 1 hour for {@code assess} and {@code cards})
     * @since 0.2
     */
    public record Job(Duration interval) {

        Job orEvery(Duration interval) {
            return this.interval != null ? this : new Job(interval);
        }
    }

    /**
     * The outbox drain's schedule; one instance drains at a time, so events reach the handler in
     * the order they were published.
     *
     * @param interval how long after a drain has emptied the outbox it looks again
     * @param pageSize how many events one drain statement reads and hands over
     * @since 0.2
     */
    public record Outbox(@DefaultValue("PT1S") Duration interval, @DefaultValue("100") int pageSize) {}

    /**
     * The {@code crmkit.health.*} settings.
     *
     * @param maxOutboxLag the age of the oldest undrained event above which crmkit is reported down
     * @param maxJobDelay how long a job's shard may stay due and unclaimed before crmkit is reported
     *     down (no instance runs the jobs, or all fail)
     * @since 0.2
     */
    public record Health(@DefaultValue("PT5M") Duration maxOutboxLag, @DefaultValue("PT15M") Duration maxJobDelay) {

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException if a duration is not positive, naming the property
         */
        public Health {
            positive("crmkit.health.max-outbox-lag", maxOutboxLag);
            positive("crmkit.health.max-job-delay", maxJobDelay);
        }
    }

    private static void positive(String property, Duration value) {
        checkArgument(value != null && value.compareTo(Duration.ZERO) > 0, "%s must be a positive duration but was %s", property, value);
    }
}
