package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.Crm;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.StageMove;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer's stage is read once in a unit of work (a checkout checks its customer, and so does
 * the coupon lock inside it): a second read answers from the first without a call, a move of the
 * stage in the unit is read back as moved, a customer not found is read again, and the next unit
 * reads afresh.
 */
class CustomerStageReadOnceTest {

    private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FailureStack.class, names = {"H2", "POSTGRESQL"})
    void a_unit_reads_a_stage_once_and_reads_it_again_after_moving_it(FailureStack stack) {
        // given: a registered customer
        FailureStack.Opened db = stack.open();
        try {
            JdbcStorage storage = db.storage();
            TenantId tenant = Tenants.fresh();
            Crm crm = db.crmAt(NOW);
            CustomerId li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
            CustomerRepository customers = storage.customers();
            LifecycleStage registered = crm.customers().get(tenant, li).stage();

            // when: two reads in one unit, then a move and a read, then a read in the next unit; and the id in another tenant
            db.failing().count();
            List<Optional<LifecycleStage>> twice = storage.transactions().inTransaction(
                    () -> List.of(customers.stage(tenant, li), customers.stage(tenant, li)));
            int twiceCalls = db.failing().statements();
            LifecycleStage moved = registered == LifecycleStage.ACTIVE ? LifecycleStage.LOYAL : LifecycleStage.ACTIVE;
            Optional<LifecycleStage> afterMove = storage.transactions().inTransaction(() -> {
                long version = customers.lifecycleStates(tenant, List.of(li)).get(li).version();
                customers.stage(tenant, li);
                customers.moveStages(tenant, List.of(new StageMove(li, moved, version, NOW)));
                return customers.stage(tenant, li);
            });
            db.failing().count();
            Optional<LifecycleStage> nextUnit = storage.transactions().inTransaction(() -> customers.stage(tenant, li));
            int nextUnitCalls = db.failing().statements();
            TenantId other = Tenants.fresh();
            db.failing().count();
            List<Optional<LifecycleStage>> missing = storage.transactions().inTransaction(
                    () -> List.of(customers.stage(other, li), customers.stage(other, li)));
            int missingCalls = db.failing().statements();

            // then
            assertThat(twice).containsExactly(Optional.of(registered), Optional.of(registered));
            assertThat(twiceCalls).as("statements of two reads in one unit: %s", db.failing().executedSql()).isEqualTo(1);
            assertThat(afterMove).contains(moved);
            assertThat(nextUnit).contains(moved);
            assertThat(nextUnitCalls).as("statements of a read in the next unit").isEqualTo(1);
            assertThat(missing).containsExactly(Optional.empty(), Optional.empty());
            assertThat(missingCalls).as("statements of two reads of customers not found").isEqualTo(2);
        } finally {
            db.pool().close();
        }
    }
}
