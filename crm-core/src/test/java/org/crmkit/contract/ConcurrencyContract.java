package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.shared.DuplicateKeyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: concurrent writers to one customer lose no update, and a contact value is taken by
 * exactly one of several concurrent registrations. Threads start together on a latch; nothing is
 * asserted about timing.
 */
public abstract class ConcurrencyContract extends CustomerServiceFixture {

    private static final int CHANGES_PER_THREAD = 20;
    private static final int REGISTRATIONS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(REGISTRATIONS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void two_threads_tagging_the_same_customer_lose_no_tag() throws Exception {
        // given
        Customer li = registerLiLei();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> threads = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (String thread : List.of("a", "b")) {
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < CHANGES_PER_THREAD; i++) {
                tags.add(thread + "-" + i);
            }
            expected.addAll(tags);
            threads.add(pool.submit(afterStart(start, () -> {
                int succeeded = 0;
                for (String tag : tags) {
                    customers.addTags(ChangeTags.of(tenant, li.id(), tag));
                    succeeded++;
                }
                return succeeded;
            })));
        }

        // when
        start.countDown();
        int succeeded = 0;
        for (Future<Integer> thread : threads) {
            succeeded += thread.get(60, TimeUnit.SECONDS);
        }

        // then
        Customer after = customers.get(tenant, li.id());
        assertThat(succeeded).isEqualTo(2 * CHANGES_PER_THREAD);
        assertThat(after.tags()).containsExactlyElementsOf(expected);
        assertThat(after.version()).isEqualTo(succeeded);
    }

    @Test
    void of_eight_concurrent_registrations_with_one_mobile_exactly_one_succeeds() throws Exception {
        // given
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Customer>> attempts = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String name = "Contender " + i;
            attempts.add(pool.submit(afterStart(start, () -> customers.register(aRegistration().displayName(name)
                    .contacts(ContactPoint.of(ContactType.MOBILE, "+8613800138000")).build()))));
        }

        // when
        start.countDown();
        List<Customer> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        for (Future<Customer> attempt : attempts) {
            try {
                winners.add(attempt.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                losers.add(e.getCause());
            }
        }

        // then
        assertThat(winners).hasSize(1);
        assertThat(losers).hasSize(REGISTRATIONS - 1).allSatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(DuplicateKeyException.class, d -> assertThat(d.field()).isEqualTo("mobile")));
        assertThat(everyCustomerOf(tenant)).containsExactlyElementsOf(winners);
        assertThat(customers.findByContact(tenant, ContactType.MOBILE, "13800138000")).contains(winners.get(0));
    }

    private static <T> Callable<T> afterStart(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
