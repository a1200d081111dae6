package org.crmkit.jdbc;

import org.crmkit.customer.ChurnReasons;
import org.crmkit.marketing.review.Reviews;
import org.crmkit.marketing.survey.SurveyBook;
import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.Cases;
import org.crmkit.complaint.Surveys;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.InteractionLog;
import org.crmkit.customer.Timeline;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.offer.Checkouts;
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.offer.coupon.Coupons;
import org.crmkit.offer.mall.PointsMall;
import org.crmkit.offer.card.StoredValueCards;
import org.crmkit.sales.BusinessAccounts;
import org.crmkit.sales.FollowUpTasks;
import org.crmkit.sales.Leads;
import org.crmkit.sales.Opportunities;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.Memberships;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Scaling out on Citus.</b> On a Citus coordinator (detected from the {@code citus}
 * extension, or set with {@link Builder#citus(boolean)}) the same storage distributes every tenant
 * table by {@code tenant_id}, colocated, so each command routes to the one worker holding its
 * tenant; see {@link #citus()}.
 *
 * <p><b>A read replica.</b> Given a read-only {@link DataSource} with {@link Builder#readReplica},
 * the reads that may lag behind the writes run there: each unit of {@link #laggingReads()} (a
 * scoring run's read of the purchase history, the churn reports, segment counts and walks) opens
 * a read-only connection on the replica, unless it runs inside a unit of work already open, which
 * it joins on the primary. Every write, and every read inside a write's unit of work, runs on the
 * primary. <em>Staleness rule:</em> what those reads see is the replica's state, which may miss
 * the primary's latest commits by the replication lag; a scoring run that reads a lagging
 * replica scores the history as of the replica, and writes its values on the primary.
 *
 * @since 0.1
 */
public final class JdbcStorage implements CrmStorage {

    /** The table in which crmkit's Flyway records its migrations, unless a table prefix is set (see {@link #historyTable()}). */
    public static final String HISTORY_TABLE = "crm_schema_history";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final boolean citus;
    private final boolean eventsInCommitOrder;
    private final MigrationScripts scripts;
    private final TableNames names;
    private final JdbcTransactions transactions;
    private final TransactionRunner laggingReads;
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
    private final JdbcCheckouts checkouts;
    private final JdbcCoupons coupons;
    private final JdbcPointsMall pointsMall;
    private final JdbcStoredValueCards storedValueCards;
    private final JdbcChurnReasons churnReasons;
    private final JdbcReviews reviews;
    private final JdbcSurveyBook surveyBook;
    private final JdbcLeads leads;
    private final JdbcOpportunities opportunities;
    private final JdbcFollowUpTasks followUpTasks;
    private final JdbcBusinessAccounts businessAccounts;
    private final JdbcCampaigns campaigns;
    private final JdbcJourneys journeys;

    private JdbcStorage(DataSource dataSource, @Nullable DataSource replica, Dialect dialect, boolean citus, HostTransactions host,
            @Nullable String schema, String tablePrefix, boolean eventsInCommitOrder) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.citus = citus;
        this.eventsInCommitOrder = eventsInCommitOrder;
        this.scripts = MigrationScripts.of(dialect);
        this.names = new TableNames(schema, tablePrefix, scripts.qualifiedNames());
        this.transactions = new JdbcTransactions(dataSource, replica, dialect, citus, host, names);
        this.laggingReads = replica == null ? transactions : new TransactionRunner() {
            @Override
            public <T extends @Nullable Object> T inTransaction(java.util.function.Supplier<T> work) {
                return transactions.inLaggingRead(work);
            }

            @Override
            public boolean inUnitOfWork() {
                return transactions.inUnitOfWork();
            }
        };
        this.customers = new JdbcCustomerRepository(transactions, dialect);
        this.interactions = new JdbcInteractionLog(transactions);
        this.timeline = new JdbcTimeline(transactions);
        this.outbox = new JdbcOutbox(transactions, dialect == Dialect.POSTGRESQL, eventsInCommitOrder);
        this.programmes = new JdbcProgrammes(transactions);
        LedgerCounters counters = new LedgerCounters(transactions, dialect);
        this.ledger = new JdbcPointsLedger(transactions, dialect, counters, citus);
        this.cases = new JdbcCases(transactions, dialect);
        this.casePolicies = new JdbcCasePolicies(transactions);
        this.surveys = new JdbcSurveys(transactions, dialect);
        this.memberships = new JdbcMemberships(transactions, dialect, counters);
        this.purchases = new JdbcPurchases(transactions, dialect, citus);
        this.customerValues = new JdbcCustomerValues(transactions, dialect);
        this.checkouts = new JdbcCheckouts(transactions, dialect);
        this.coupons = new JdbcCoupons(transactions, dialect, counters);
        this.pointsMall = new JdbcPointsMall(transactions, dialect);
        this.storedValueCards = new JdbcStoredValueCards(transactions, dialect, citus);
        this.churnReasons = new JdbcChurnReasons(transactions, dialect);
        this.reviews = new JdbcReviews(transactions, dialect);
        this.surveyBook = new JdbcSurveyBook(transactions, dialect);
        this.leads = new JdbcLeads(transactions, dialect);
        this.opportunities = new JdbcOpportunities(transactions, dialect);
        this.followUpTasks = new JdbcFollowUpTasks(transactions, dialect);
        this.businessAccounts = new JdbcBusinessAccounts(transactions, dialect);
        this.campaigns = new JdbcCampaigns(transactions, dialect, counters);
        this.journeys = new JdbcJourneys(transactions, dialect);
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
     * factories': the host's transactions to join, migration off, a
     * schema and a table prefix.
     *
     * <pre>{@code
     * JdbcStorage storage = JdbcStorage.builder(dataSource).hostTransactions(host).migrate(true).build();
     * }</pre>
     *
     * @param dataSource crmkit's own connections, used whenever the host has no transaction open
     * @return a builder; by default the dialect is detected, migrations are applied, crmkit
     *     always runs its own transactions, and its tables are named {@code crm_*} in the
     *     connection's current schema
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
        private @Nullable Dialect dialect;
        private HostTransactions hostTransactions = HostTransactions.none();
        private boolean migrate = true;
        private @Nullable String schema;
        private String tablePrefix = TableNames.CANONICAL_PREFIX;
        private @Nullable Boolean citus;
        private @Nullable DataSource readReplica;
        private boolean eventsInCommitOrder = true;

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
         * Puts crmkit's tables, and its Flyway history table, in {@code schema} instead of the
         * connection's current schema; crmkit creates the schema if it does not exist (its Flyway
         * does) and names it in every statement, so the connections' own schema or search path
         * does not matter.
         *
         * @param schema 1 to 63 characters {@code a-z}, {@code 0-9} or {@code _}, starting with a
         *     letter, and not an SQL keyword; written unquoted, so H2 stores it in upper case
         * @throws org.crmkit.shared.ValidationException if the name breaks those rules
         */
        public Builder schema(String schema) {
            checkNotNull(schema, "schema");
            TableNames.check(schema, tablePrefix);
            this.schema = schema;
            return this;
        }

        /**
         * Starts the name of every table, index and constraint crmkit creates, and of its Flyway
         * history table ({@code prefix + "schema_history"}), with {@code prefix} instead of {@value
         * TableNames#CANONICAL_PREFIX}: {@code tablePrefix("shop_")} gives {@code shop_customer},
         * {@code shop_points_entry}, {@code shop_schema_history}. Two storages with different
         * prefixes (or schemas) on one database hold separate data.
         *
         * @param prefix 1 to 24 characters {@code a-z}, {@code 0-9} or {@code _}, starting with a
         *     letter, so every name stays within PostgreSQL's 63-byte limit
         * @throws org.crmkit.shared.ValidationException if the prefix breaks those rules
         */
        public Builder tablePrefix(String prefix) {
            checkNotNull(prefix, "prefix");
            TableNames.check(schema, prefix);
            this.tablePrefix = prefix;
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
         * Whether the database is a Citus cluster whose coordinator crmkit talks to, instead of
         * detecting it (a PostgreSQL database with the {@code citus} extension in {@code
         * pg_extension} is one). On Citus, {@link JdbcStorage#migrate()} distributes every tenant
         * table by {@code tenant_id}, colocated, and makes the tables without a tenant reference
         * tables; see {@link JdbcStorage#citus()}.
         *
         * @param citus true to distribute (the database must have the extension), false to keep
         *     every table local even on a Citus coordinator
         * @throws IllegalArgumentException at {@link #build()} if {@code citus} is true and the
         *     dialect is not PostgreSQL
         * @since 0.2
         */
        public Builder citus(boolean citus) {
            this.citus = citus;
            return this;
        }

        /**
         * Runs the reads that may lag ({@link JdbcStorage#laggingReads()}: a scoring run's read of
         * the purchase history, churn reports, segment counts and walks) on {@code replica}, a
         * read-only copy of the database (e.g. a PostgreSQL streaming replica) with the same
         * schema, kept up to date by the database; crmkit never migrates or writes it. Writes, and
         * reads inside a write's unit of work, stay on the primary. Those reads see the replica's
         * state, which may be behind the primary's latest commits by the replication lag.
         *
         * @since 0.2
         */
        public Builder readReplica(DataSource replica) {
            this.readReplica = checkNotNull(replica, "replica");
            return this;
        }

        /**
         * Whether each tenant's outbox events are drained in the order their units of work
         * committed (true, the default). Keeping that order costs concurrency: a unit that writes
         * events locks its tenant's row of {@code crm_outbox_head} from its last statement until it
         * commits (in a host's transaction, until the host commits), so a tenant's units with events
         * commit one after another. With false they commit side by side and each tenant's events
         * are drained in the order they were written to the outbox, which differs from commit order
         * only for units that ran at the same time and touched no row in common (a unit waiting for
         * another's row lock writes its events after that one committed). Either way each event is
         * drained once and a unit's events in the order it published them.
         *
         * @since 0.2
         */
        public Builder eventsInCommitOrder(boolean eventsInCommitOrder) {
            this.eventsInCommitOrder = eventsInCommitOrder;
            return this;
        }

        /**
         * Builds the storage, detecting the dialect (and Citus) unless given and migrating unless
         * turned off.
         *
         * @throws StorageException if the database cannot be reached or migrated
         * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL, or Citus
         *     was asked for on H2
         */
        public JdbcStorage build() {
            Dialect chosen = dialect != null ? dialect : detect(dataSource);
            boolean distributed = citus != null ? citus : chosen == Dialect.POSTGRESQL && detectCitus(dataSource);
            if (distributed && chosen != Dialect.POSTGRESQL) {
                throw new IllegalArgumentException("Citus is PostgreSQL's extension; crmkit cannot distribute its tables on " + chosen);
            }
            JdbcStorage storage = new JdbcStorage(dataSource, readReplica, chosen, distributed, hostTransactions, schema, tablePrefix,
                    eventsInCommitOrder);
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
        int applied = JdbcMigrations.migrate(dataSource, dialect, scripts, names);
        if (citus) {
            CitusSchema.distribute(dataSource, names, scripts.tables());
        }
        return applied;
    }

    /**
     * Whether this storage runs on a Citus cluster (detected, or set with {@link Builder#citus}).
     * There every tenant table is distributed by {@code tenant_id} in one colocation group, so
     * each command, naming one tenant, runs on the one worker holding that tenant's rows; {@link
     * #migrate()} distributes the tables it creates, and the outbox is drained tenant by tenant.
     *
     * @since 0.2
     */
    public boolean citus() {
        return citus;
    }

    /**
     * Whether each tenant's outbox events are drained in the order their units of work committed
     * (see {@link Builder#eventsInCommitOrder}); true unless the builder turned it off.
     *
     * @since 0.2
     */
    public boolean eventsInCommitOrder() {
        return eventsInCommitOrder;
    }

    /**
     * The table in which crmkit's Flyway records its migrations: {@value #HISTORY_TABLE}, or with a
     * {@linkplain Builder#tablePrefix table prefix} that prefix followed by {@code schema_history};
     * in the {@linkplain Builder#schema schema} if one is set.
     */
    public String historyTable() {
        return names.historyTable();
    }

    /** How this storage's statements name its tables, for the job leases beside them. */
    TableNames tableNames() {
        return names;
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

    /**
     * Runs reads that may lag behind the writes on the {@linkplain Builder#readReplica read replica}
     * when one was given (read-only, one unit of work each), joining the unit of work already open
     * on this thread if there is one; without a replica, the same as {@link #transactions()}.
     *
     * @since 0.2
     */
    @Override
    public TransactionRunner laggingReads() {
        return laggingReads;
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

    @Override
    public Checkouts checkouts() {
        return checkouts;
    }

    @Override
    public PointsMall pointsMall() {
        return pointsMall;
    }

    @Override
    public StoredValueCards storedValueCards() {
        return storedValueCards;
    }

    @Override
    public ChurnReasons churnReasons() {
        return churnReasons;
    }

    @Override
    public Reviews reviews() {
        return reviews;
    }

    @Override
    public SurveyBook surveyBook() {
        return surveyBook;
    }

    private static boolean detectCitus(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return CitusSchema.installed(connection);
        } catch (SQLException e) {
            throw new StorageException("could not connect to look for the Citus extension: " + e.getMessage(), e);
        }
    }

    private static Dialect detect(DataSource dataSource) {
        checkNotNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.detect(connection);
        } catch (SQLException e) {
            throw new StorageException("could not connect to detect the database dialect: " + e.getMessage(), e);
        }
    }

    @Override
    public Coupons coupons() {
        return coupons;
    }

    @Override
    public Leads leads() {
        return leads;
    }

    @Override
    public Opportunities opportunities() {
        return opportunities;
    }

    @Override
    public FollowUpTasks followUpTasks() {
        return followUpTasks;
    }

    @Override
    public BusinessAccounts businessAccounts() {
        return businessAccounts;
    }

    @Override
    public org.crmkit.marketing.campaign.Campaigns campaigns() {
        return campaigns;
    }

    @Override
    public org.crmkit.marketing.journey.Journeys journeys() {
        return journeys;
    }

    /**
     * Where each tenant's rows live. On Citus: the worker ({@code host:port}) holding the tenant's
     * shard group and that group's shard id, read from Citus's metadata on the coordinator in one
     * statement; elsewhere every tenant is on one database ({@link TenantPlacement#onOneDatabase}).
     *
     * @throws StorageException if Citus's metadata cannot be read
     * @since 0.2
     */
    @Override
    public List<TenantPlacement> placeTenants(Collection<TenantId> tenants) {
        return citus ? CitusPlacements.place(dataSource, names, tenants) : CrmStorage.super.placeTenants(tenants);
    }
}
