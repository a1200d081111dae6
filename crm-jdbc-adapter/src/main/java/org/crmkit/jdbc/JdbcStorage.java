package org.crmkit.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.Cases;
import org.crmkit.complaint.Surveys;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.InteractionLog;
import org.crmkit.customer.Timeline;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.Memberships;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;

/**
 * The JDBC storage for H2 and PostgreSQL. Give it a {@link DataSource} (any pool); it applies its
 * own migrations, recorded in the table {@value #HISTORY_TABLE} so they coexist with the host's
 * Flyway, and implements every crmkit port with plain parameterised SQL.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.create(dataSource);   // detects the dialect, migrates
 * Crm crm = Crm.builder().storage(storage).build();
 * }</pre>
 *
 * <p>Units of work run at READ COMMITTED on one connection per thread; aggregates use optimistic
 * locking on their version column; events go to the {@code crm_outbox} table in the same
 * transaction as the change.
 *
 * <p><b>Inside the host's transaction.</b> A host that opens its own JDBC transactions can make
 * crmkit's writes and events part of them: configure {@link HostTransactions} with {@link
 * #builder(DataSource)}. While the host has a transaction on the current thread, crmkit's
 * outermost unit of work runs on the host's connection between a savepoint and its release: the
 * host's commit keeps crmkit's rows and outbox events, its rollback undoes them; a crmkit call that
 * fails rolls back to its savepoint, leaving the host's earlier writes for the host to commit or
 * not; a lost optimistic race is not retried by crmkit but reaches the host. crmkit never commits,
 * rolls back or closes the host's connection. Without a host transaction on the thread, crmkit
 * commits its own transactions as usual.
 *
 * <pre>{@code
 * ThreadBoundTransactions host = HostTransactions.threadBound();
 * JdbcStorage storage = JdbcStorage.builder(dataSource).hostTransactions(host).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class JdbcStorage implements CrmStorage {

    /** The table in which crmkit's Flyway records its migrations. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final JdbcTransactions transactions;
    private final JdbcCustomerRepository customers;
    private final JdbcInteractionLog interactions;
    private final JdbcTimeline timeline;
    private final JdbcOutbox outbox;
    private final JdbcProgrammes programmes;
    private final JdbcPointsLedger ledger;
    private final JdbcMemberships memberships;
    private final JdbcCases cases;
    private final JdbcCasePolicies casePolicies;
    private final JdbcSurveys surveys;
    private final JdbcPurchases purchases;
    private final JdbcCustomerValues customerValues;

    private JdbcStorage(DataSource dataSource, Dialect dialect, HostTransactions host) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.transactions = new JdbcTransactions(dataSource, dialect, host);
        this.customers = new JdbcCustomerRepository(transactions);
        this.interactions = new JdbcInteractionLog(transactions);
        this.timeline = new JdbcTimeline(transactions);
        this.outbox = new JdbcOutbox(transactions);
        this.programmes = new JdbcProgrammes(transactions);
        LedgerCounters counters = new LedgerCounters(transactions, dialect);
        this.ledger = new JdbcPointsLedger(transactions, dialect, counters);
        this.cases = new JdbcCases(transactions, dialect);
        this.casePolicies = new JdbcCasePolicies(transactions);
        this.surveys = new JdbcSurveys(transactions, dialect);
        this.memberships = new JdbcMemberships(transactions, dialect, counters);
        this.purchases = new JdbcPurchases(transactions, dialect);
        this.customerValues = new JdbcCustomerValues(transactions, dialect);
    }

    /**
     * Detects the dialect, applies pending migrations and returns the storage.
     *
     * @throws StorageException if the database cannot be reached or migrated
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     */
    public static JdbcStorage create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /** Applies pending migrations for {@code dialect} and returns the storage. */
    public static JdbcStorage create(DataSource dataSource, Dialect dialect) {
        return builder(dataSource).dialect(dialect).build();
    }

    /**
     * Returns the storage without touching the schema, for hosts that run {@link #migrate()} in a
     * separate deployment step.
     */
    public static JdbcStorage withoutMigrating(DataSource dataSource, Dialect dialect) {
        return builder(dataSource).dialect(dialect).migrate(false).build();
    }

    /**
     * Starts configuring a storage on {@code dataSource}, for settings beyond the {@code create}
     * factories': the host's transactions to join, migration off.
     *
     * <pre>{@code
     * JdbcStorage storage = JdbcStorage.builder(dataSource).hostTransactions(host).migrate(true).build();
     * }</pre>
     *
     * @param dataSource crmkit's own connections, used whenever the host has no transaction open
     * @return a builder; by default the dialect is detected, migrations are applied and crmkit
     *     always runs its own transactions
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(checkNotNull(dataSource, "dataSource"));
    }

    /**
     * Configures a {@link JdbcStorage}; obtain one from {@link JdbcStorage#builder(DataSource)}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final DataSource dataSource;
        private Dialect dialect;
        private HostTransactions hostTransactions = HostTransactions.none();
        private boolean migrate = true;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** Uses {@code dialect} instead of detecting it from the database. */
        public Builder dialect(Dialect dialect) {
            this.dialect = checkNotNull(dialect, "dialect");
            return this;
        }

        /**
         * Joins the host's transaction whenever {@code hostTransactions} names one for the current
         * thread; see {@link HostTransactions} for what crmkit then does and never does.
         */
        public Builder hostTransactions(HostTransactions hostTransactions) {
            this.hostTransactions = checkNotNull(hostTransactions, "hostTransactions");
            return this;
        }

        /**
         * Whether {@link #build()} applies pending migrations (default true). Pass false for hosts
         * that run {@link JdbcStorage#migrate()} in a separate deployment step.
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Builds the storage, detecting the dialect unless given and migrating unless turned off.
         *
         * @throws StorageException if the database cannot be reached or migrated
         * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
         */
        public JdbcStorage build() {
            JdbcStorage storage = new JdbcStorage(dataSource, dialect != null ? dialect : detect(dataSource), hostTransactions);
            if (migrate) {
                storage.migrate();
            }
            return storage;
        }
    }

    /**
     * Brings the schema to the latest version. Idempotent: a second call is a no-op. Safe when
     * several application instances start at once: Flyway serialises them with a database lock
     * (an advisory lock on PostgreSQL). Coexists with a host's own tables and Flyway history.
     *
     * @return the number of migrations applied by this call
     * @throws StorageException if a migration fails
     */
    public int migrate() {
        return JdbcMigrations.migrate(dataSource, dialect);
    }

    /** crmkit's own connections, for what must commit outside any unit of work (job leases). */
    DataSource dataSource() {
        return dataSource;
    }

    /** The dialect in use. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public InteractionLog interactions() {
        return interactions;
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public ProgrammeRepository programmes() {
        return programmes;
    }

    @Override
    public PointsLedger pointsLedger() {
        return ledger;
    }

    @Override
    public Memberships memberships() {
        return memberships;
    }

    @Override
    public Cases cases() {
        return cases;
    }

    @Override
    public CasePolicies casePolicies() {
        return casePolicies;
    }

    @Override
    public Surveys surveys() {
        return surveys;
    }

    @Override
    public Purchases purchases() {
        return purchases;
    }

    @Override
    public CustomerValues customerValues() {
        return customerValues;
    }

    private static Dialect detect(DataSource dataSource) {
        checkNotNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.detect(connection);
        } catch (SQLException e) {
            throw new StorageException("could not connect to detect the database dialect: " + e.getMessage(), e);
        }
    }
}
