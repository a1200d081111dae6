package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A storage built with {@code readReplica(...)} runs the reads that may lag (a scoring run's read
 * of the purchase history, churn reports, segment counts and walks) on the replica and everything
 * else on the primary. Two replicas prove it: one on a database of its own holding other data
 * (what a lagging replica would answer is what these reads answer), and one on the primary's own
 * database through a recording {@code DataSource} (what reaches the replica: only reads, and no
 * statement of a write's unit of work).
 */
abstract class ReadReplicaContract {

    private static final Segment EVERYONE = Segment.of("everyone", Criteria.everyone());

    private final TenantId tenant = Tenants.fresh();
    private HikariDataSource primaryPool;
    private HikariDataSource otherPool;
    private HikariDataSource samePool;
    private LedgerFailingDataSource recorder;
    /** Primary and replica on one database: the replica sees every commit at once. */
    private Crm crm;
    /** The same primary with a replica on another database, which never sees the primary's writes. */
    private Crm withStaleReplica;
    /** The replica's database, written directly. */
    private Crm replicaItself;

    /** A new, empty database of the dialect under test. */
    protected abstract String freshUrl();

    @BeforeEach
    void primaryAndReplicas() {
        String primaryUrl = freshUrl();
        String otherUrl = freshUrl();
        primaryPool = TestDatabases.pool(primaryUrl, 4);
        otherPool = TestDatabases.pool(otherUrl, 4);
        samePool = TestDatabases.pool(primaryUrl, 4);
        recorder = new LedgerFailingDataSource(samePool);
        JdbcStorage primary = JdbcStorage.create(primaryPool);
        replicaItself = Crm.builder().storage(JdbcStorage.create(otherPool)).build();
        crm = Crm.builder().storage(JdbcStorage.builder(primaryPool).readReplica(recorder).build()).build();
        withStaleReplica = Crm.builder().storage(JdbcStorage.builder(primaryPool).readReplica(otherPool).migrate(false).build()).build();
        assertThat(primary.laggingReads()).as("without a replica, lagging reads are the storage's units of work")
                .isSameAs(primary.transactions());
    }

    @AfterEach
    void close() {
        primaryPool.close();
        otherPool.close();
        samePool.close();
    }

    @Test
    void a_segment_count_answers_what_the_replica_holds_and_inside_a_unit_of_work_what_the_primary_holds() {
        // given: three customers on the primary, one on the replica's database
        for (String name : List.of("Li Lei", "Han Mei", "Wang Fang")) {
            withStaleReplica.customers().register(RegisterCustomer.of(tenant, name, SourceChannel.APP));
        }
        replicaItself.customers().register(RegisterCustomer.of(tenant, "Only On The Replica", SourceChannel.APP));

        // when
        long onTheReplica = withStaleReplica.segments().count(tenant, EVERYONE);
        long[] inAUnitOfWork = new long[1];
        withStaleReplica.customers().register(RegisterCustomer.of(tenant, "Zhao Lei", SourceChannel.APP));
        JdbcStorage primary = JdbcStorage.builder(primaryPool).readReplica(otherPool).migrate(false).build();
        Crm sharing = Crm.builder().storage(primary).build();
        primary.transactions().run(() -> inAUnitOfWork[0] = sharing.segments().count(tenant, EVERYONE));

        // then
        assertThat(onTheReplica).isEqualTo(1);
        assertThat(inAUnitOfWork[0]).as("a read inside a unit of work joins it on the primary").isEqualTo(4);
    }

    @Test
    void a_scoring_run_reads_the_purchase_history_of_the_replica_and_writes_its_values_on_the_primary() {
        // given: purchases of a customer on the primary only
        CustomerId li = withStaleReplica.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP)).id();
        withStaleReplica.value().recordPurchase(RecordPurchase.of(tenant, li, "o-1", Money.of("10.00", "CNY")));

        // when
        ScoringReport stale = withStaleReplica.value().score(ScoreCustomers.of(tenant));
        ScoringReport fresh = crm.value().score(ScoreCustomers.of(tenant));

        // then: the stale replica has no purchase; the replica on the primary's database has it and the value is on the primary
        assertThat(stale.customers()).isZero();
        assertThat(fresh.customers()).isEqualTo(1);
        assertThat(withStaleReplica.value().value(tenant, li)).as("values are read back from the primary").isPresent();
        assertThat(recorder.executed()).as("the purchase days were read on the replica")
                .anySatisfy(e -> assertThat(e.sql()).contains("AS purchase_day"));
    }

    @Test
    void writes_and_the_reads_of_a_write_never_reach_the_replica_and_what_does_reach_it_only_reads() {
        // given
        CustomerId li = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP)).id();
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", Money.of("10.00", "CNY")));
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-2", Money.of("20.00", "CNY")));
        crm.customers().find(tenant, li);
        assertThat(recorder.executed()).as("a write and a plain read run on the primary").isEmpty();

        // when: the lagging reads
        crm.value().score(ScoreCustomers.of(tenant));
        crm.segments().count(tenant, EVERYONE);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        crm.value().churn(tenant, today.minusDays(30), today.plusDays(1), ChurnDimension.CHANNEL);

        // then
        assertThat(recorder.executed()).isNotEmpty().allSatisfy(e -> assertThat(e.sql().strip().toUpperCase(Locale.ROOT))
                .as("only reads reach the replica").startsWith("SELECT"));
        assertThat(recorder.executed()).anySatisfy(e -> assertThat(e.sql()).contains("crm_customer"));
        assertThat(recorder.executed()).anySatisfy(e -> assertThat(e.sql()).contains("crm_purchase"));
    }
}
