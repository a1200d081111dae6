package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;
import org.crmkit.shared.TenantSharding;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: the batch job {@code settleDue(shard, shards)} expires due lots, makes matured
 * pending points available and releases timed-out holds without anyone reading a balance; it is
 * idempotent, and shards 0..n-1 together settle every due account exactly once. {@code
 * settleDue(tenant, shard, shards)} settles one tenant's accounts only, and job shards that take
 * the tenants {@link TenantSharding} gives them settle every tenant once. The storage may
 * hold other tests' accounts, so assertions look at this tenant's accounts only.
 */
public abstract class LoyaltyExpirySettlementContract extends LoyaltyFixture {

    private static final int MEMBERS = 12;

    @BeforeEach
    void pointsExpireAfterTwelveMonths() {
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(12)).pendingFor(Duration.ofDays(7)));
    }

    @Test
    void settling_expires_due_lots_of_every_account() {
        // given
        grant(li, 100);
        grant(han, 40);
        redeem(han, 15);
        clock.advance(Duration.ofDays(366));

        // when
        loyalty.settleDue(0, 1);

        // then: the statement is read without settling, so the job wrote these
        assertThat(statementOf(li).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.EXPIRE);
            assertThat(e.points()).isEqualTo(100);
        });
        assertThat(statementOf(han).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.EXPIRE);
            assertThat(e.points()).isEqualTo(25);
        });
        assertThat(storedAccountOf(li).available()).isZero();
        assertThat(storedAccountOf(han).expired()).isEqualTo(25);
        assertThat(storedAccountOf(li).nextDueAt()).isNull();
    }

    @Test
    void settling_makes_matured_points_available_and_releases_timed_out_holds() {
        // given
        buy(li, "o-1", "100.00");
        grant(han, 50);
        hold(han, 50);
        clock.advance(Duration.ofDays(7));

        // when
        loyalty.settleDue(0, 1);

        // then
        assertThat(storedAccountOf(li).available()).isEqualTo(100);
        assertThat(storedAccountOf(li).pending()).isZero();
        assertThat(storedAccountOf(han).held()).isZero();
        assertThat(storedAccountOf(han).available()).isEqualTo(50);
        assertThat(statementOf(han).get(0).type()).isEqualTo(EntryType.HOLD_RELEASE);
    }

    @Test
    void settling_twice_changes_nothing_the_second_time() {
        // given
        grant(li, 100);
        clock.advance(Duration.ofDays(366));
        loyalty.settleDue(0, 1);
        List<LedgerEntry> afterFirst = statementOf(li);
        var accountAfterFirst = storedAccountOf(li);

        // when
        int second = loyalty.settleDue(0, 1);

        // then
        assertThat(second).isZero();
        assertThat(statementOf(li)).isEqualTo(afterFirst);
        assertThat(storedAccountOf(li)).isEqualTo(accountAfterFirst);
        assertThat(balanceOf(li).available()).isZero();
        assertThat(statementOf(li)).isEqualTo(afterFirst);
    }

    @Test
    void a_shard_settles_its_own_accounts_only() {
        // given
        List<CustomerId> members = membersWithExpiringPoints();
        clock.advance(Duration.ofDays(366));

        // when
        loyalty.settleDue(1, 3);

        // then
        for (CustomerId member : members) {
            boolean inShard = PointsLedger.shardHash(accountOf(member)) % 3 == 1;
            assertThat(expireEntriesOf(member)).as("EXPIRE entries of %s (in shard 1: %s)", member, inShard).hasSize(inShard ? 1 : 0);
        }
    }

    @Test
    void shards_running_at_once_settle_every_due_account_exactly_once() throws Exception {
        // given
        List<CustomerId> members = membersWithExpiringPoints();
        clock.advance(Duration.ofDays(366));
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // when
        List<Future<Integer>> shards = new ArrayList<>();
        try {
            for (int shard = 0; shard < 4; shard++) {
                int n = shard;
                shards.add(pool.submit(() -> loyalty.settleDue(n, 4)));
            }
            int settled = 0;
            for (Future<Integer> shard : shards) {
                settled += shard.get(120, TimeUnit.SECONDS);
            }
            assertThat(settled).isGreaterThanOrEqualTo(MEMBERS);
        } finally {
            pool.shutdownNow();
        }

        // then
        for (CustomerId member : members) {
            assertThat(expireEntriesOf(member)).as("EXPIRE entries of %s", member).hasSize(1);
            assertThat(storedAccountOf(member).isConserved()).isTrue();
            assertThat(storedAccountOf(member).expired()).isEqualTo(100);
        }
        assertThat(loyalty.settleDue(0, 1)).isZero();
    }

    @Test
    void the_shard_must_be_one_of_the_shards() {
        assertThatThrownBy(() -> loyalty.settleDue(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loyalty.settleDue(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loyalty.settleDue(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_account_with_more_than_a_thousand_lots_expiring_at_once_keeps_a_usable_ledger() {
        // given: a heavy buyer whose points all expire at the same year end
        define(aProgramme().expiry(ExpiryPolicies.endOfYear(0)));
        int lots = 1001;
        for (int i = 0; i < lots; i++) {
            grant(li, 1);
        }
        clock.set(shanghai("2026-01-01T00:00"));
        loyalty.settleDue(0, 1);

        // when
        grant(li, 5);

        // then
        List<LedgerEntry> statement = statementOf(li);
        assertThat(statement).hasSize(2 * lots + 1);
        assertThat(statement).extracting(LedgerEntry::sequence).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(statement.get(0).type()).isEqualTo(EntryType.EARN);
        assertThat(availableOf(li)).isEqualTo(5);
    }

    @Test
    void a_tenants_settlement_settles_that_tenants_accounts_only() {
        // given: points to expire in this tenant and in another one
        grant(li, 100);
        Elsewhere other = Elsewhere.withPoints(this, 70);
        clock.advance(Duration.ofDays(366));

        // when
        int settled = loyalty.settleDue(tenant, 0, 1);

        // then
        assertThat(settled).isEqualTo(1);
        assertThat(storedAccountOf(li).expired()).isEqualTo(100);
        assertThat(other.storedAccount().expired()).isZero();
        assertThat(other.storedAccount().available()).isEqualTo(70);
        assertThat(other.storedAccount().nextDueAt()).isNotNull();
    }

    @Test
    void job_shards_taking_the_tenants_placed_on_them_settle_every_tenant_exactly_once() {
        // given: four tenants with points to expire, split among two job shards by where their rows live
        grant(li, 100);
        List<Elsewhere> others = List.of(Elsewhere.withPoints(this, 10), Elsewhere.withPoints(this, 20), Elsewhere.withPoints(this, 30));
        List<TenantId> tenants = new ArrayList<>(List.of(tenant));
        others.forEach(o -> tenants.add(o.tenant()));
        List<TenantPlacement> placements = storage().placeTenants(tenants);
        clock.advance(Duration.ofDays(366));

        // when
        List<TenantId> taken = new ArrayList<>();
        int settled = 0;
        for (int job = 0; job < 2; job++) {
            for (TenantId mine : TenantSharding.tenantsOf(placements, job, 2)) {
                taken.add(mine);
                settled += loyalty.settleDue(mine, 0, 1);
            }
        }

        // then
        assertThat(placements).extracting(TenantPlacement::tenantId).containsExactlyElementsOf(tenants);
        assertThat(taken).containsExactlyInAnyOrderElementsOf(tenants);
        assertThat(settled).isEqualTo(4);
        assertThat(storedAccountOf(li).expired()).isEqualTo(100);
        for (Elsewhere other : others) {
            assertThat(other.storedAccount().expired()).isEqualTo(other.points());
            assertThat(other.storedAccount().isConserved()).isTrue();
        }
        for (TenantId each : tenants) {
            assertThat(loyalty.settleDue(each, 0, 1)).as("settling %s again", each).isZero();
        }
    }

    /** A member of another, fresh tenant with the same programme and points granted. */
    private record Elsewhere(LoyaltyExpirySettlementContract test, TenantId tenant, AccountRef account, long points) {

        static Elsewhere withPoints(LoyaltyExpirySettlementContract test, long points) {
            TenantId other = Tenants.fresh();
            LoyaltyProgramme programme = ProgrammeBuilder.aProgramme(other).expiry(ExpiryPolicies.rollingMonths(12)).build();
            test.loyalty.defineProgramme(programme);
            CustomerId member = test.crm.customers().register(RegisterCustomer.of(other, "Wang Wu", SourceChannel.APP)).id();
            test.loyalty.grant(new GrantPoints(other, member, programme.id(), "grant-" + other, points, "goodwill", null, "agent-1"));
            return new Elsewhere(test, other, programme.account(member), points);
        }

        PointsAccount storedAccount() {
            return test.storage().pointsLedger().find(account).orElseThrow();
        }
    }

    private List<CustomerId> membersWithExpiringPoints() {
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            CustomerId member = register("Member " + i);
            grant(member, 100);
            members.add(member);
        }
        return members;
    }

    private List<LedgerEntry> expireEntriesOf(CustomerId member) {
        return statementOf(member).stream().filter(e -> e.type() == EntryType.EXPIRE).toList();
    }
}
