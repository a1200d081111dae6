package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.Crm;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;
import org.crmkit.shared.TenantSharding;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-tenant forms of the sweeps: points settlement ({@code loyalty().settleDue(tenant, i, n)}),
 * SLA checks ({@code complaints().checkSlas(tenant, now, i, n)}), card expiry ({@code
 * storedValue().expireDue(tenant, i, n)}), coupon settlement ({@code coupons().settleDue(tenant, i,
 * n)}), sales reminders ({@code sales().dueReminders(tenant, now, i, n)}) and tier assessment
 * ({@code tiers().assessToday(tenant, i, n)}). A tenant's run does its own due rows and touches no
 * other tenant's; job shards that take the tenants {@link TenantSharding} gives them do every
 * tenant's due rows exactly once; bad input (a null tenant above all: the forms without a tenant
 * are the ones for every tenant) is refused and does nothing. The storage may hold other tests'
 * rows, so every assertion reads the tenants a test opened.
 */
public abstract class TenantSweepsContract {

    private final MutableClock clock = MutableClock.at(TenantSweep.OPENED);

    /** The storage under test; may be shared with other tests (each test opens fresh tenants). */
    protected abstract CrmStorage storage();

    /**
     * Every sweep with a per-tenant form, named; the Spring starter's job tests run them too.
     *
     * @return the sweeps' factories
     */
    public static Stream<Named<TenantSweep.Factory>> sweeps() {
        return Stream.of(Named.of("points settlement", PointsSettlementSweep::new), Named.of("SLA checks", SlaCheckSweep::new),
                Named.of("card expiry", CardExpirySweep::new), Named.of("coupon settlement", CouponExpirySweep::new),
                Named.of("sales reminders", ReminderSweep::new), Named.of("tier assessment", TierAssessmentSweep::new));
    }

    private TenantSweep over(TenantSweep.Factory factory) {
        return factory.over(Crm.builder().storage(storage()).clock(clock).build(), clock);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void a_tenants_run_does_its_own_due_rows_and_touches_no_other_tenants(TenantSweep.Factory factory) {
        // given: due rows in two tenants
        TenantSweep sweep = over(factory);
        TenantId mine = sweep.open(3);
        TenantId other = sweep.open(2);
        clock.set(TenantSweep.DUE);

        // when
        int done = sweep.run(mine, 0, 1);

        // then: the other tenant's rows are still due, and its own run does them
        assertThat(done).isEqualTo(3);
        assertThat(sweep.done(mine)).isEqualTo(3);
        assertThat(sweep.done(other)).isZero();
        assertThat(sweep.run(other, 0, 1)).isEqualTo(2);
        assertThat(sweep.done(other)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void the_shards_of_one_tenants_run_together_do_each_of_its_due_rows_once(TenantSweep.Factory factory) {
        // given
        TenantSweep sweep = over(factory);
        TenantId tenant = sweep.open(12);
        clock.set(TenantSweep.DUE);

        // when
        int done = 0;
        for (int shard = 0; shard < 3; shard++) {
            done += sweep.run(tenant, shard, 3);
        }

        // then
        assertThat(done).isEqualTo(12);
        assertThat(sweep.done(tenant)).isEqualTo(12);
        assertThat(sweep.run(tenant, 0, 1)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void job_shards_taking_the_tenants_placed_on_them_do_every_tenants_due_rows_exactly_once(TenantSweep.Factory factory) {
        // given: four tenants with due rows, split among two job shards by where their rows live
        TenantSweep sweep = over(factory);
        List<TenantId> tenants = new ArrayList<>();
        for (int rows = 1; rows <= 4; rows++) {
            tenants.add(sweep.open(rows));
        }
        List<TenantPlacement> placements = storage().placeTenants(tenants);
        clock.set(TenantSweep.DUE);

        // when
        List<TenantId> taken = new ArrayList<>();
        int done = 0;
        for (int job = 0; job < 2; job++) {
            for (TenantId tenant : TenantSharding.tenantsOf(placements, job, 2)) {
                taken.add(tenant);
                done += sweep.run(tenant, 0, 1);
            }
        }

        // then
        assertThat(taken).containsExactlyInAnyOrderElementsOf(tenants);
        assertThat(done).isEqualTo(1 + 2 + 3 + 4);
        for (int i = 0; i < tenants.size(); i++) {
            assertThat(sweep.done(tenants.get(i))).as("rows of tenant %s done", i).isEqualTo(i + 1);
            assertThat(sweep.run(tenants.get(i), 0, 1)).as("tenant %s run again", i).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void a_null_tenant_or_a_shard_outside_the_count_is_refused_and_an_unknown_tenant_has_nothing_due(TenantSweep.Factory factory) {
        // given
        TenantSweep sweep = over(factory);
        TenantId tenant = sweep.open(2);
        clock.set(TenantSweep.DUE);

        // when / then
        assertThatThrownBy(() -> sweep.run(null, 0, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("tenantId");
        assertThatThrownBy(() -> sweep.run(tenant, 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shard must be within 0 and 1 but was 2");
        assertThatThrownBy(() -> sweep.run(tenant, -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shard must be within 0 and 1 but was -1");
        assertThatThrownBy(() -> sweep.run(tenant, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shards must be >= 1 but was 0");
        assertThat(sweep.run(Tenants.fresh(), 0, 1)).isZero();
        assertThat(sweep.done(tenant)).as("done by the refused and the unknown tenant's runs").isZero();
        assertThat(sweep.run(tenant, 0, 1)).isEqualTo(2);
    }
}
