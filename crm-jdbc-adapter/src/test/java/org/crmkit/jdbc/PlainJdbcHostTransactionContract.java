package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.crmkit.Crm;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.PointsEarned;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.PurchaseRecorded;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plain JDBC host with its own table ({@code host_orders}) opens a transaction on its own
 * connection, binds it with {@link ThreadBoundTransactions}, and calls crmkit: crmkit's rows and
 * outbox events commit and roll back with the host's, a crmkit failure undoes only crmkit's part,
 * and a lost race reaches the host instead of being retried.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlainJdbcHostTransactionContract {

    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    private final ThreadBoundTransactions host = HostTransactions.threadBound();
    private final HookedClock clock = new HookedClock();
    private HikariDataSource dataSource;
    private JdbcStorage storage;
    private Crm crm;
    private TenantId tenant;

    /** The JDBC URL of a new, empty database. */
    protected abstract String freshUrl();

    @BeforeAll
    void startStorageThatJoinsTheHostsTransactions() throws SQLException {
        dataSource = TestDatabases.pool(freshUrl(), 8);
        storage = JdbcStorage.builder(dataSource).hostTransactions(host).migrate(true).build();
        crm = Crm.builder().storage(storage).clock(clock).build();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE host_orders (tenant_id VARCHAR(64) NOT NULL, order_id VARCHAR(64) NOT NULL,"
                    + " PRIMARY KEY (tenant_id, order_id))");
        }
    }

    @AfterAll
    void closePool() {
        dataSource.close();
    }

    @BeforeEach
    void aTenantWithALoyaltyProgramme() {
        tenant = Tenants.fresh();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
    }

    @Test
    void the_hosts_rollback_undoes_the_customer_the_purchase_its_ledger_rows_and_the_events() throws SQLException {
        // given
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-1");

            // when
            host.runIn(connection, () -> {
                Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
                crm.commerce().recordPurchase(purchase(li.id(), "h-1", "299.00"));
            });
            assertThat(countInHostTransaction(connection, "crm_points_entry")).as("seen inside the host's transaction").isEqualTo(1);
            connection.rollback();
        }

        // then
        assertThat(count("host_orders")).isZero();
        assertThat(count("crm_customer")).isZero();
        assertThat(count("crm_purchase")).isZero();
        assertThat(count("crm_purchase_summary")).isZero();
        assertThat(count("crm_points_entry")).isZero();
        assertThat(count("crm_points_account")).isZero();
        assertThat(count("crm_outbox")).isZero();
    }

    @Test
    void the_hosts_commit_keeps_every_row_and_the_events_can_be_drained() throws SQLException {
        // given
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-1");

            // when
            host.runIn(connection, () -> {
                Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
                crm.commerce().recordPurchase(purchase(li.id(), "h-1", "299.00"));
            });
            assertThat(count("crm_customer")).as("invisible to others before the host commits").isZero();
            connection.commit();
        }

        // then
        assertThat(count("host_orders")).isEqualTo(1);
        assertThat(count("crm_customer")).isEqualTo(1);
        assertThat(count("crm_purchase")).isEqualTo(1);
        assertThat(count("crm_points_entry")).isEqualTo(1);
        List<DomainEvent> events = Outboxes.drainEventsOf(crm.outbox(), tenant);
        assertThat(events).hasAtLeastOneElementOfType(CustomerRegistered.class)
                .hasAtLeastOneElementOfType(PurchaseRecorded.class)
                .hasAtLeastOneElementOfType(PointsEarned.class);
    }

    @Test
    void events_written_in_the_hosts_transaction_leave_before_those_of_a_later_unit_which_waits_for_the_hosts_commit()
            throws Exception {
        // given: the host's transaction has registered a customer (and written its event), and is still open
        ExecutorService rival = Executors.newSingleThreadExecutor();
        try (Connection connection = hostTransaction()) {
            AtomicReference<Customer> inHost = new AtomicReference<>();
            host.runIn(connection, () -> inHost.set(crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP))));

            // when: crmkit registers another customer of the tenant in a unit of its own
            Future<Customer> later = rival.submit(() -> crm.customers().register(RegisterCustomer.of(tenant, "韩梅梅", SourceChannel.APP)));
            Thread.sleep(1_000);
            boolean committedBeforeTheHost = later.isDone();
            connection.commit();
            Customer afterwards = later.get(30, TimeUnit.SECONDS);

            // then
            assertThat(committedBeforeTheHost).as("the later unit committed while the host's transaction held earlier events").isFalse();
            assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant).stream()
                    .filter(CustomerRegistered.class::isInstance).map(e -> ((CustomerRegistered) e).customerId()))
                    .containsExactly(inHost.get().id(), afterwards.id());
        } finally {
            rival.shutdownNow();
        }
    }

    @Test
    void a_crmkit_call_that_fails_after_writing_leaves_nothing_of_its_own_and_the_host_still_commits_its_row() throws SQLException {
        // given
        Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
        crm.commerce().recordPurchase(purchase(li.id(), "o-1", "100.00"));
        long eventsBefore = count("crm_outbox");
        Throwable failure;
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-2");

            // when: the purchase row is inserted before its currency is found to differ from the customer's
            failure = catchThrowable(() -> host.runIn(connection, () ->
                    crm.commerce().recordPurchase(RecordPurchase.of(tenant, li.id(), "o-2", Money.of("10.00", "USD")).inProgramme(PROGRAMME))));
            connection.commit();
        }

        // then
        assertThat(failure).isInstanceOf(ValidationException.class);
        assertThat(count("host_orders")).isEqualTo(1);
        assertThat(crm.value().purchase(tenant, "o-2")).isEmpty();
        assertThat(count("crm_purchase")).isEqualTo(1);
        assertThat(count("crm_outbox")).isEqualTo(eventsBefore);
    }

    @Test
    void a_purchase_of_an_unknown_customer_fails_and_the_host_still_commits_its_row() throws SQLException {
        // given
        Throwable failure;
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-3");

            // when
            failure = catchThrowable(() -> host.runIn(connection, () ->
                    crm.commerce().recordPurchase(purchase(CustomerId.of("nobody"), "h-3", "10.00"))));
            connection.commit();
        }

        // then
        assertThat(failure).isInstanceOf(NotFoundException.class);
        assertThat(count("host_orders")).isEqualTo(1);
        assertThat(count("crm_purchase")).isZero();
        assertThat(count("crm_outbox")).isZero();
    }

    @Test
    void a_statement_of_crmkit_that_the_database_refuses_leaves_the_hosts_transaction_usable() throws SQLException {
        // given
        ContactPoint mobile = ContactPoint.verified(ContactType.MOBILE, "138 0013 8000");
        Throwable failure;
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-4");
            host.runIn(connection, () -> crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP, mobile)));

            // when: a unique violation, which on PostgreSQL aborts the transaction up to crmkit's savepoint
            failure = catchThrowable(() -> host.runIn(connection, () ->
                    crm.customers().register(RegisterCustomer.of(tenant, "韩梅梅", SourceChannel.APP, mobile))));
            insertHostOrder(connection, "h-5");
            connection.commit();
        }

        // then
        assertThat(failure).isInstanceOf(DuplicateKeyException.class);
        assertThat(count("host_orders")).isEqualTo(2);
        assertThat(count("crm_customer")).isEqualTo(1);
    }

    @Test
    void a_lost_race_inside_the_hosts_transaction_is_not_retried_but_reaches_the_host() throws SQLException {
        // given
        Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
        AtomicInteger rivalWrites = new AtomicInteger();
        Throwable failure;
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-6");
            clock.onEveryInstant(() -> rivalChanges(li.id(), rivalWrites));

            // when
            failure = catchThrowable(() -> host.runIn(connection, () -> crm.customers().addTags(ChangeTags.of(tenant, li.id(), "vip"))));
            clock.onEveryInstant(null);
            connection.commit();
        }

        // then
        assertThat(failure).isInstanceOf(StaleVersionException.class);
        assertThat(rivalWrites).as("one attempt, so one rival write").hasValue(1);
        assertThat(count("host_orders")).isEqualTo(1);
        assertThat(crm.customers().find(tenant, li.id()).orElseThrow().tags()).isEmpty();
    }

    @Test
    void without_a_host_transaction_crmkit_commits_on_its_own_and_retries_a_lost_race() throws SQLException {
        // given
        Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
        AtomicInteger rivalWrites = new AtomicInteger();
        clock.onEveryInstant(() -> {
            if (rivalWrites.get() == 0) {
                rivalChanges(li.id(), rivalWrites);
            }
        });

        // when
        Customer tagged;
        try {
            tagged = crm.customers().addTags(ChangeTags.of(tenant, li.id(), "vip"));
        } finally {
            clock.onEveryInstant(null);
        }
        crm.commerce().recordPurchase(purchase(li.id(), "o-1", "50.00"));

        // then
        assertThat(tagged.tags()).containsExactly("vip");
        assertThat(rivalWrites).hasValue(1);
        assertThat(count("crm_purchase")).isEqualTo(1);
        assertThat(count("crm_points_entry")).isEqualTo(1);
        assertThat(count("crm_outbox")).isPositive();
    }

    @Test
    void draining_inside_the_hosts_transaction_never_commits_it_even_when_the_handler_fails() throws SQLException {
        // given
        Outboxes.drainAll(crm.outbox());
        Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
        crm.customers().addTags(ChangeTags.of(tenant, li.id(), "vip"));
        AtomicInteger handled = new AtomicInteger();
        Throwable failure;
        try (Connection connection = hostTransaction()) {
            insertHostOrder(connection, "h-7");

            // when: the handler takes the first event and fails on the second
            failure = catchThrowable(() -> host.runIn(connection, () -> crm.outbox().drain(10, event -> {
                if (handled.incrementAndGet() > 1) {
                    throw new IllegalStateException("broker down");
                }
            })));
            connection.rollback();
        }

        // then
        assertThat(failure).hasMessage("broker down");
        assertThat(count("host_orders")).isZero();
        assertThat(count("crm_outbox")).as("the host rolled back the deletion too").isEqualTo(2);
    }

    @Test
    void a_caller_wrapping_several_calls_in_its_own_unit_gets_their_conflict_and_can_retry_the_whole_unit() throws SQLException {
        // given
        Customer li = crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP));
        AtomicInteger rivalWrites = new AtomicInteger();
        clock.onEveryInstant(() -> {
            if (rivalWrites.get() == 0) {
                rivalChanges(li.id(), rivalWrites);
            }
        });
        Runnable both = () -> {
            crm.customers().addTags(ChangeTags.of(tenant, li.id(), "vip"));
            crm.commerce().recordPurchase(purchase(li.id(), "o-1", "50.00"));
        };

        // when
        Throwable nestedConflict;
        Customer tagged;
        try {
            nestedConflict = catchThrowable(() -> storage.transactions().run(both));
            rivalWrites.set(0); // the rival strikes again, in the first attempt of the retried unit
            tagged = UnitOfWork.retrying(storage.transactions(), () -> {
                both.run();
                return crm.customers().find(tenant, li.id()).orElseThrow();
            });
        } finally {
            clock.onEveryInstant(null);
        }

        // then
        assertThat(nestedConflict).as("the nested call did not retry").isInstanceOf(StaleVersionException.class);
        assertThat(rivalWrites).hasValue(1);
        assertThat(tagged.tags()).containsExactly("vip");
        assertThat(count("crm_purchase")).isEqualTo(1);
    }

    @Test
    void a_bound_connection_in_auto_commit_mode_is_refused_because_there_is_no_transaction_to_join() throws SQLException {
        // given
        Throwable failure;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);

            // when
            failure = catchThrowable(() -> host.runIn(connection, () ->
                    crm.customers().register(RegisterCustomer.of(tenant, "李雷", SourceChannel.APP))));
        }

        // then
        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("auto-commit");
        assertThat(count("crm_customer")).isZero();
    }

    @Test
    void crmkit_is_in_a_unit_of_work_exactly_while_the_host_has_bound_its_transaction() throws SQLException {
        // given
        try (Connection connection = hostTransaction()) {
            // when
            boolean inside = host.callIn(connection, () -> storage.transactions().inUnitOfWork());
            boolean outside = storage.transactions().inUnitOfWork();
            connection.rollback();

            // then
            assertThat(inside).isTrue();
            assertThat(outside).isFalse();
        }
    }

    // ---------------------------------------------------------------------------------------

    private RecordPurchase purchase(CustomerId customerId, String orderId, String paid) {
        return RecordPurchase.of(tenant, customerId, orderId, Money.of(paid, "CNY")).inProgramme(PROGRAMME);
    }

    private Connection hostTransaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private void insertHostOrder(Connection connection, String orderId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO host_orders (tenant_id, order_id) VALUES (?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, orderId);
            s.executeUpdate();
        }
    }

    /** Another writer changes the customer on its own connection and commits at once. */
    private void rivalChanges(CustomerId customerId, AtomicInteger rivalWrites) {
        try (Connection rival = dataSource.getConnection();
                PreparedStatement s = rival.prepareStatement("UPDATE crm_customer SET version = version + 1"
                        + " WHERE tenant_id = ? AND customer_id = ?")) {
            rival.setAutoCommit(true);
            s.setString(1, tenant.value());
            s.setString(2, customerId.value());
            s.executeUpdate();
            rivalWrites.incrementAndGet();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of the tenant in {@code table}, as another connection sees them (committed only). */
    private long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return countOn(c, table);
        }
    }

    private long countInHostTransaction(Connection connection, String table) throws SQLException {
        return countOn(connection, table);
    }

    private long countOn(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The system clock, running a hook (if set) on every reading: a way to act between crmkit's read and its write. */
    private static final class HookedClock extends Clock {
        private volatile Runnable hook;

        void onEveryInstant(Runnable hook) {
            this.hook = hook;
        }

        @Override
        public Instant instant() {
            Runnable h = hook;
            if (h != null) {
                h.run();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
