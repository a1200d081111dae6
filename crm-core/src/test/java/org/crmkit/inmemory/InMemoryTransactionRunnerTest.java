package org.crmkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.CustomerBuilder.aCustomer;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.contract.TransactionRunnerContract;
import org.crmkit.customer.Customer;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link TransactionRunnerContract} on one in-memory storage shared by every test of the
 * class, and checks the undo log each thread keeps from one unit to the next.
 */
class InMemoryTransactionRunnerTest extends TransactionRunnerContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }

    @Test
    void a_failing_unit_after_committed_ones_undoes_only_its_own_changes() {
        // given a unit that made more changes than the log keeps between units, then a short one, both committed
        TenantId tenant = Tenants.fresh();
        TransactionRunner transactions = STORAGE.transactions();
        List<Customer> committed = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            committed.add(aCustomer(tenant).build());
        }
        transactions.run(() -> committed.subList(0, 300).forEach(STORAGE.customers()::insert));
        transactions.run(() -> STORAGE.customers().insert(committed.get(300)));
        Customer failed = aCustomer(tenant).build();

        // when
        assertThatThrownBy(() -> transactions.run(() -> {
            STORAGE.customers().insert(failed);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        // then
        transactions.run(() -> {
            assertThat(STORAGE.customers().find(tenant, failed.id())).isEmpty();
            committed.forEach(customer -> assertThat(STORAGE.customers().find(tenant, customer.id())).contains(customer));
        });
    }

    @Test
    void a_failing_unit_undoes_its_changes_newest_first() {
        // given a customer the failing unit inserts and then updates: undone oldest first, the update's undo would bring it back
        TenantId tenant = Tenants.fresh();
        TransactionRunner transactions = STORAGE.transactions();
        Customer inserted = aCustomer(tenant).displayName("first").build();
        Customer updated = aCustomer(tenant).id(inserted.id()).displayName("second").version(inserted.version() + 1).build();

        // when
        assertThatThrownBy(() -> transactions.run(() -> {
            STORAGE.customers().insert(inserted);
            STORAGE.customers().update(updated);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        // then
        assertThat(transactions.inTransaction(() -> STORAGE.customers().find(tenant, inserted.id()))).isEmpty();
    }
}
