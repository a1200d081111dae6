package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.CustomerBuilder.aCustomer;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of a storage's {@link TransactionRunner}: every port joins it, a failure rolls back
 * everything, nested units join the outer one. The storage may be shared by every test.
 */
public abstract class TransactionRunnerContract {

    private final TenantId tenant = Tenants.fresh();

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @Test
    void the_result_of_the_work_is_returned() {
        // when
        String result = storage().transactions().inTransaction(() -> "forty-two");

        // then
        assertThat(result).isEqualTo("forty-two");
    }

    @Test
    void committed_work_of_every_port_is_visible_afterwards() {
        // given
        Customer customer = aCustomer(tenant).mobile("+8613800138000").build();
        CustomerRegistered event = registered(customer);

        // when
        storage().transactions().run(() -> writeEverything(customer, event));

        // then
        storage().transactions().run(() -> {
            assertThat(storage().customers().find(tenant, customer.id())).contains(customer);
            assertThat(storage().interactions().page(tenant, customer.id(), PageRequest.first(10)).items()).hasSize(1);
        });
        assertThat(Outboxes.drainEventsOf(storage().outbox(), tenant)).containsExactly(event);
    }

    @Test
    void a_failure_rolls_back_the_customer_the_interaction_and_the_event() {
        // given
        Customer customer = aCustomer(tenant).mobile("+8613800138000").build();
        IllegalStateException failure = new IllegalStateException("boom");

        // when
        assertThatThrownBy(() -> storage().transactions().run(() -> {
            writeEverything(customer, registered(customer));
            throw failure;
        })).isSameAs(failure);

        // then
        assertNothingOf(customer);
    }

    @Test
    void a_failure_in_a_nested_unit_that_propagates_rolls_back_the_outer_unit_too() {
        // given
        Customer outer = aCustomer(tenant).mobile("+8613800138000").build();
        Customer inner = aCustomer(tenant).mobile("+8613900139000").build();
        TransactionRunner transactions = storage().transactions();

        // when
        assertThatThrownBy(() -> transactions.run(() -> {
            writeEverything(outer, registered(outer));
            transactions.run(() -> {
                writeEverything(inner, registered(inner));
                throw new IllegalStateException("inner failure");
            });
        })).hasMessage("inner failure");

        // then
        assertNothingOf(outer);
        assertNothingOf(inner);
    }

    @Test
    void a_nested_unit_joins_the_outer_one_and_commits_with_it() {
        // given
        Customer customer = aCustomer(tenant).build();
        TransactionRunner transactions = storage().transactions();

        // when
        Integer result = transactions.inTransaction(() -> {
            transactions.run(() -> storage().customers().insert(customer));
            return transactions.inTransaction(() -> storage().customers().find(tenant, customer.id()).isPresent() ? 1 : 0);
        });

        // then the inner unit saw the outer unit's write and everything committed
        assertThat(result).isEqualTo(1);
        assertThat(transactions.inTransaction(() -> storage().customers().find(tenant, customer.id()))).contains(customer);
    }

    @Test
    void a_thread_is_in_a_unit_of_work_only_while_one_runs() {
        // given
        TransactionRunner transactions = storage().transactions();

        // when
        boolean before = transactions.inUnitOfWork();
        boolean inside = transactions.inTransaction(transactions::inUnitOfWork);
        boolean nested = transactions.inTransaction(() -> transactions.inTransaction(transactions::inUnitOfWork));
        boolean after = transactions.inUnitOfWork();

        // then
        assertThat(before).isFalse();
        assertThat(inside).isTrue();
        assertThat(nested).isTrue();
        assertThat(after).isFalse();
    }

    @Test
    void a_checked_exception_thrown_sneakily_also_rolls_back() {
        // given a Kotlin or Lombok @SneakyThrows caller can throw checked exceptions from the work
        Customer customer = aCustomer(tenant).mobile("+8613800138000").build();

        // when
        assertThatThrownBy(() -> storage().transactions().run(() -> {
            writeEverything(customer, registered(customer));
            throw TransactionRunnerContract.<RuntimeException>sneaky(new IOException("disk gone"));
        })).isInstanceOf(IOException.class);

        // then
        assertNothingOf(customer);
    }

    private void writeEverything(Customer customer, CustomerRegistered event) {
        storage().customers().insert(customer);
        storage().interactions().append(new Interaction(tenant, customer.id(), UUID.randomUUID().toString(),
                InteractionChannel.PHONE, InteractionDirection.INBOUND, InteractionType.INQUIRY,
                MutableClock.SOME_MOMENT, null, "asked for a catalogue"));
        storage().outbox().publish(event);
    }

    private void assertNothingOf(Customer customer) {
        storage().transactions().run(() -> {
            assertThat(storage().customers().find(tenant, customer.id())).isEmpty();
            for (ContactPoint contact : customer.contacts()) {
                assertThat(storage().customers().findByContact(tenant, contact.type(), contact.value())).isEmpty();
            }
            assertThat(storage().interactions().page(tenant, customer.id(), PageRequest.first(10)).items()).isEmpty();
        });
        assertThat(Outboxes.drainEventsOf(storage().outbox(), tenant)).isEmpty();
        // and the identifying contacts are free again
        storage().transactions().run(() -> storage().customers().insert(
                aCustomer(tenant).contacts(customer.contacts().toArray(ContactPoint[]::new)).build()));
    }

    private CustomerRegistered registered(Customer customer) {
        return new CustomerRegistered(UUID.randomUUID(), Instant.parse("2025-06-01T00:00:00Z"), tenant, customer.id(),
                SourceChannel.APP, LifecycleStage.PROSPECT);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
