package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC calls of an earn for a paid order and of a redemption on PostgreSQL. The account's lock,
 * the receipt's read and the claim that the order earns once (for a redemption: the first lots to
 * spend) go as one round trip, and the ledger's rows, the outbox and timeline rows and the COMMIT as
 * a second: two calls for a first earn of the order (its replay: the first round trip and a commit)
 * and for a redemption, and one, then the rollback, for the same order under another key, which the
 * first round trip already refuses. A commit of a hold locks the account the hold names and reads
 * the receipt, the account's open holds and its lots' next due instant in one round trip, and writes
 * with the COMMIT: two calls, like every other ledger operation, and two for its replay (the first
 * round trip and a commit).
 */
class PostgresLedgerRoundTripsTest {

    private static final Money TEN_YUAN = Money.of("10.00", "CNY");

    private HikariDataSource pool;
    private LedgerFailingDataSource counting;
    private TenantId tenant;
    private LoyaltyService loyalty;
    private CustomerId li;

    /** A customer of a new tenant with a simple programme, on PostgreSQL through a data source that counts the calls. */
    @BeforeEach
    void aCustomerOnACountingDataSource() {
        pool = TestDatabases.pool(TestDatabases.freshPostgresUrl(), 2);
        JdbcStorage.create(pool);
        counting = new LedgerFailingDataSource(pool);
        tenant = Tenants.fresh();
        Crm crm = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, Dialect.POSTGRESQL)).build();
        crm.loyalty().defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofMinutes(15)));
        loyalty = crm.loyalty();
        li = crm.customers().register(RegistrationBuilder.aRegistration(tenant).build()).id();
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void an_earn_its_replay_and_a_redemption_take_two_calls_and_the_same_order_under_another_key_is_refused_after_one() {
        // given: an account that earned before, every statement prepared once
        for (int i = 0; i < 3; i++) {
            loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, ProgrammeId.DEFAULT, "warm-" + i, TEN_YUAN));
        }

        // when
        counting.count();
        PointsReceipt first = loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, ProgrammeId.DEFAULT, "order-1", TEN_YUAN));
        int firstCalls = counting.calls();
        counting.count();
        PointsReceipt replay = loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, ProgrammeId.DEFAULT, "order-1", TEN_YUAN));
        int replayCalls = counting.calls();
        counting.count();
        assertThatThrownBy(() -> loyalty.earnForPurchase(new PurchaseOrder(tenant, li, ProgrammeId.DEFAULT, "another-key", "order-1",
                TEN_YUAN, null, List.of()))).isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("already earned points");
        int refusedCalls = counting.calls();

        counting.count();
        loyalty.redeem(new RedeemPoints(tenant, li, ProgrammeId.DEFAULT, "redeem-1", 15, "a cup"));
        int redeemCalls = counting.calls();

        // then
        assertThat(first.points()).isEqualTo(10);
        assertThat(replay).isEqualTo(first);
        assertThat(firstCalls).as("calls of a first earn: %s", counting.executedSql()).isEqualTo(2);
        assertThat(replayCalls).as("calls of its replay").isEqualTo(2);
        assertThat(refusedCalls).as("calls of the same order under another key").isEqualTo(1);
        assertThat(redeemCalls).as("calls of a redemption from two lots: %s", counting.executedSql()).isEqualTo(2);
        assertThat(loyalty.balance(tenant, li, ProgrammeId.DEFAULT).available()).isEqualTo(25);
    }

    @Test
    void a_commit_of_a_hold_takes_two_calls_as_every_ledger_operation_and_its_replay_changes_nothing() {
        // given: an account with points held for an order, every statement prepared once
        loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, ProgrammeId.DEFAULT, "earned", Money.of("100.00", "CNY")));
        for (int i = 0; i < 3; i++) {
            String hold = loyalty.hold(new HoldPoints(tenant, li, ProgrammeId.DEFAULT, "warm-hold-" + i, 5, "warm-order-" + i, null,
                    Duration.ofMinutes(10))).holdId();
            loyalty.commit(new CommitHold(tenant, "warm-commit-" + i, hold));
        }
        String holdId = loyalty.hold(new HoldPoints(tenant, li, ProgrammeId.DEFAULT, "hold-1", 20, "order-1", null,
                Duration.ofMinutes(10))).holdId();

        // when
        counting.count();
        PointsReceipt committed = loyalty.commit(new CommitHold(tenant, "commit-1", holdId));
        int commitCalls = counting.calls();
        String commitSql = String.valueOf(counting.executedSql());
        counting.count();
        PointsReceipt replay = loyalty.commit(new CommitHold(tenant, "commit-1", holdId));
        int replayCalls = counting.calls();

        // then: the lock by the hold with the receipt, the open holds and the due times; the rows with the COMMIT;
        // the replay: the same first round trip (the receipt answers it), the commit
        assertThat(committed.points()).isEqualTo(20);
        assertThat(replay).isEqualTo(committed);
        assertThat(commitCalls).as("calls of a commit of a hold: %s", commitSql).isEqualTo(2);
        assertThat(replayCalls).as("calls of its replay: %s", counting.executedSql()).isEqualTo(2);
        assertThat(loyalty.balance(tenant, li, ProgrammeId.DEFAULT).available()).isEqualTo(100 - 15 - 20);
    }
}
