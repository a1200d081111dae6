package org.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * An {@link OperationObserver} given to the builder hears of each operation once, by the public
 * method it was called on, with its retries and how it ended; a failing observer never fails the
 * operation.
 */
class ObservingOperationsTest {

    /** What the observer heard, one line per call. */
    private final List<String> heard = new CopyOnWriteArrayList<>();

    private final OperationObserver recording = name -> {
        heard.add("start " + name);
        return new OperationObserver.Operation() {
            @Override
            public void retried(org.crmkit.shared.ConflictException lost, int attempt) {
                heard.add("retry " + attempt + " " + lost.getClass().getSimpleName());
            }

            @Override
            public void ended(Throwable failure) {
                heard.add("end " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
            }
        };
    };

    @Test
    void a_command_is_one_operation_named_after_its_service_method() {
        // given
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        // when
        crm.customers().register(RegisterCustomer.of(TenantId.of("shop"), "Li Lei", SourceChannel.APP));
        // then
        assertThat(heard).containsExactly("start customers.register", "end ok");
    }

    @Test
    void a_batch_job_called_on_its_service_is_named_after_it() {
        // given
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        // when
        crm.loyalty().settleDue(0, 1);
        // then
        assertThat(heard).isNotEmpty().allSatisfy(line -> assertThat(line).matches("start loyalty.settleDue|end ok"));
    }

    @Test
    void the_offer_services_name_their_operations_too() {
        // given
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        // when
        crm.coupons().settleDue(0, 1);
        crm.storedValue().expireDue(0, 1);
        // then
        assertThat(heard).contains("start coupons.settleDue", "start storedValue.expireDue")
                .allSatisfy(line -> assertThat(line).matches("start coupons.settleDue|start storedValue.expireDue|end ok"));
    }

    @Test
    void a_command_that_fails_inside_its_unit_of_work_ends_with_its_failure() {
        // given
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        RegisterCustomer li = RegisterCustomer.of(TenantId.of("shop"), "Li Lei", SourceChannel.APP).withCustomerId(org.crmkit.shared.CustomerId.of("li"));
        crm.customers().register(li);
        heard.clear();
        // when
        assertThatThrownBy(() -> crm.customers().register(li)).isInstanceOf(RuntimeException.class);
        // then
        assertThat(heard).hasSize(2).first().isEqualTo("start customers.register");
        assertThat(heard.get(1)).startsWith("end ").isNotEqualTo("end ok");
    }

    @Test
    void a_command_refused_by_validation_starts_no_operation() {
        // given
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        // when
        assertThatThrownBy(() -> crm.customers().register(RegisterCustomer.of(TenantId.of("shop"), "", SourceChannel.APP)))
                .isInstanceOf(ValidationException.class);
        // then
        assertThat(heard).isEmpty();
    }

    @Test
    void the_attempts_of_one_retried_unit_are_one_operation_with_each_lost_race_told() {
        // given a runner whose first two attempts lose a race
        TransactionRunner observed = UnitOfWork.observed(losingTwice(), recording);
        // when
        String result = UnitOfWork.retrying(observed, () -> "done");
        // then
        assertThat(result).isEqualTo("done");
        assertThat(heard).containsExactly("start other", "retry 1 StaleVersionException", "retry 2 StaleVersionException", "end ok");
    }

    @Test
    void an_observer_that_throws_is_ignored_and_the_operation_succeeds() {
        // given
        OperationObserver broken = name -> {
            throw new IllegalStateException("broken observer");
        };
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(broken).build();
        // when / then
        assertThat(crm.customers().register(RegisterCustomer.of(TenantId.of("shop"), "Li Lei", SourceChannel.APP))).isNotNull();
    }

    private static TransactionRunner losingTwice() {
        AtomicInteger attempts = new AtomicInteger();
        return new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (attempts.incrementAndGet() <= 2) {
                    throw new StaleVersionException("customer", "li", 1);
                }
                return work.get();
            }

            @Override
            public boolean inUnitOfWork() {
                return false;
            }
        };
    }
}
