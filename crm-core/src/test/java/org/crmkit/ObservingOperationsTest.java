package org.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.value.history.RecordPurchase;
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
    void a_purchase_through_the_one_door_is_one_operation_named_after_the_door_not_the_contexts_it_calls() {
        // given
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        TenantId shop = TenantId.of("shop");
        CustomerId li = crm.customers().register(RegisterCustomer.of(shop, "Li Lei", SourceChannel.APP)).id();
        heard.clear();
        // when
        crm.commerce().recordPurchase(RecordPurchase.of(shop, li, "o-1", Money.of("10.00", "CNY")));
        // then
        assertThat(heard).containsExactly("start commerce.recordPurchase", "end ok");
    }

    @Test
    void a_service_called_from_a_hosts_callback_names_its_operation_after_itself_and_the_job_goes_on_under_its_own_name() {
        // given: more customers than a page of the segment's job, so a page is read after the callback ran
        Crm crm = Crm.builder().storage(new InMemoryStorage()).observer(recording).build();
        TenantId shop = TenantId.of("shop");
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            customers.add(crm.customers().register(RegisterCustomer.of(shop, "customer " + i, SourceChannel.APP)).id());
        }
        heard.clear();
        // when: the host tags the first member it is handed
        crm.segments().forEachMember(shop, Segment.of("all", Criteria.everyone()), 0, 1, id -> {
            if (id.equals(customers.get(0))) {
                crm.customers().addTags(ChangeTags.of(shop, id, "seen"));
            }
        });
        // then
        List<String> starts = heard.stream().filter(line -> line.startsWith("start ")).toList();
        int tagged = starts.indexOf("start customers.addTags");
        assertThat(tagged).isPositive();
        assertThat(starts.subList(tagged + 1, starts.size())).isNotEmpty().containsOnly("start segments.forEachMember");
        assertThat(starts.subList(0, tagged)).containsOnly("start segments.forEachMember");
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
