package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crmkit.Crm;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.shared.CustomerId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code settleDue} settles a page of due accounts in one unit of work: an account it cannot
 * settle does not hold the others back and stays due; an account another operation changes while
 * the page is settled keeps that operation's work and is settled once; shards at once and runs
 * again settle nothing twice. The storage may hold other tests' accounts, so assertions look at
 * this tenant's accounts only.
 */
public abstract class LoyaltySettlementPageContract extends LoyaltyFixture {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void pointsExpireAfterTwelveMonths() {
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(12)));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void an_account_that_cannot_be_settled_leaves_the_rest_of_its_page_settled_and_stays_due() {
        // given
        List<CustomerId> members = membersWithExpiringPoints(6, 1);
        grant(li, 100);
        clock.advance(Duration.ofDays(366));
        Crm failingForLi = Crm.builder().storage(InterceptedStorage.failingToReadLotsOf(storage(), accountOf(li))).clock(clock).build();

        // when
        failingForLi.loyalty().settleDue(0, 1);

        // then
        for (CustomerId member : members) {
            assertThat(expireEntriesOf(member)).as("EXPIRE entries of %s", member).hasSize(1);
            assertThat(storedAccountOf(member).isDueBy(clock.instant())).isFalse();
        }
        assertThat(expireEntriesOf(li)).isEmpty();
        assertThat(storedAccountOf(li).isDueBy(clock.instant())).as("li is still due").isTrue();
        assertThat(storedAccountOf(li).available()).isEqualTo(100);

        // and a run with a ledger that works settles li
        loyalty.settleDue(0, 1);
        assertThat(expireEntriesOf(li)).hasSize(1);
        assertThat(storedAccountOf(li).expired()).isEqualTo(100);
        assertThat(storedAccountOf(li).isConserved()).isTrue();
    }

    @Test
    void inside_its_callers_unit_a_page_that_fails_fails_the_caller_instead_of_going_on_one_by_one() {
        // given: the page's write fails (once); a caller runs the job inside a unit of its own
        List<CustomerId> members = membersWithExpiringPoints(3, 1);
        clock.advance(Duration.ofDays(366));
        AtomicBoolean failed = new AtomicBoolean();
        InterceptedStorage failingWrite = InterceptedStorage.ledger(storage(), (real, method, args) -> {
            if (method.getName().equals("writeUnlessChanged") && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected: the page's write fails");
            }
            return InterceptedStorage.forward(real, method, args);
        });
        Crm failing = Crm.builder().storage(failingWrite).clock(clock).build();

        // when / then: nothing rolled back inside the caller's unit, so the job must not build on it
        assertThatThrownBy(() -> failingWrite.transactions().run(() -> failing.loyalty().settleDue(0, 1)))
                .hasMessageContaining("injected: the page's write fails");
        for (CustomerId member : members) {
            assertThat(expireEntriesOf(member)).as("EXPIRE entries of %s", member).isEmpty();
            assertThat(storedAccountOf(member).isDueBy(clock.instant())).isTrue();
        }
    }

    @Test
    void two_shards_at_once_then_again_settle_every_lot_exactly_once() throws Exception {
        // given
        List<CustomerId> members = membersWithExpiringPoints(20, 3);
        clock.advance(Duration.ofDays(366));

        // when
        Future<Integer> first = threads.submit(() -> loyalty.settleDue(0, 2));
        Future<Integer> second = threads.submit(() -> loyalty.settleDue(1, 2));
        first.get(120, TimeUnit.SECONDS);
        second.get(120, TimeUnit.SECONDS);
        List<List<LedgerEntry>> statements = members.stream().map(this::statementOf).toList();
        int again = loyalty.settleDue(0, 2) + loyalty.settleDue(1, 2);

        // then
        for (CustomerId member : members) {
            assertThat(expireEntriesOf(member)).as("EXPIRE entries of %s", member).hasSize(3);
            PointsAccount account = storedAccountOf(member);
            assertThat(account.expired()).isEqualTo(30);
            assertThat(account.available()).isZero();
            assertThat(account.isConserved()).isTrue();
            assertThat(account.nextDueAt()).isNull();
        }
        assertThat(again).as("accounts settled by the second runs").isZero();
        assertThat(members.stream().map(this::statementOf).toList()).as("statements after the second runs").isEqualTo(statements);
    }

    @Test
    void an_earn_while_the_account_is_being_settled_is_kept_and_the_expired_lot_expires_once() throws Exception {
        // given: li's lot has expired; li earns again just as the page's write is about to go out
        grant(li, 100);
        clock.advance(Duration.ofDays(366));
        List<Future<?>> earns = new ArrayList<>();
        Crm racing = Crm.builder().storage(InterceptedStorage.ledger(storage(), (real, method, args) -> {
            if (method.getName().equals("writeUnlessChanged") && earns.isEmpty()) {
                earns.add(threads.submit(() -> grant(li, 7)));
                waitBriefly(earns.get(0)); // a store that serialises units of work runs the earn after this one
            }
            return InterceptedStorage.forward(real, method, args);
        })).clock(clock).build();

        // when
        racing.loyalty().settleDue(0, 1);
        earns.get(0).get(60, TimeUnit.SECONDS);

        // then
        PointsAccount account = storedAccountOf(li);
        assertThat(expireEntriesOf(li)).hasSize(1);
        assertThat(account.expired()).isEqualTo(100);
        assertThat(account.available()).isEqualTo(7);
        assertThat(account.isConserved()).isTrue();
        assertThat(statementOf(li)).extracting(LedgerEntry::type).containsExactlyInAnyOrder(EntryType.EARN, EntryType.EXPIRE, EntryType.EARN);
        assertThat(loyalty.settleDue(0, 1)).isZero();
        assertThat(expireEntriesOf(li)).hasSize(1);
    }

    private static void waitBriefly(Future<?> earn) throws Exception {
        try {
            earn.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // the earn waits for this unit of work: it will see the settled account
        }
    }

    private List<CustomerId> membersWithExpiringPoints(int count, int lotsEach) {
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CustomerId member = register("Member " + i);
            for (int lot = 0; lot < lotsEach; lot++) {
                grant(member, 10);
            }
            members.add(member);
        }
        return members;
    }

    private List<LedgerEntry> expireEntriesOf(CustomerId member) {
        return statementOf(member).stream().filter(e -> e.type() == EntryType.EXPIRE).toList();
    }
}
