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
import org.crmkit.value.CustomerValues;
import org.crmkit.value.Purchases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * @since 0.1
 */
public final class JdbcStorage implements CrmStorage {

    /** The table in which crmkit's Flyway records its migrations. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    private static final Logger log = LoggerFactory.getLogger(JdbcStorage.class);
    private static final int MIGRATION_ATTEMPTS = 5;

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

    private JdbcStorage(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.transactions = new JdbcTransactions(dataSource);
        this.customers = new JdbcCustomerRepository(transactions);
        this.interactions = new JdbcInteractionLog(transactions);
        this.timeline = new JdbcTimeline(transactions);
        this.outbox = new JdbcOutbox(transactions);
        this.programmes = new JdbcProgrammes(transactions);
        this.ledger = new JdbcPointsLedger(transactions, dialect);
        this.cases = new JdbcCases(transactions, dialect);
        this.casePolicies = new JdbcCasePolicies(transactions);
        this.surveys = new JdbcSurveys(transactions, dialect);
        this.memberships = new JdbcMemberships(transactions, dialect, ledger);
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
        JdbcStorage storage = withoutMigrating(dataSource, detect(dataSource));
        storage.migrate();
        return storage;
    }

    /** Applies pending migrations for {@code dialect} and returns the storage. */
    public static JdbcStorage create(DataSource dataSource, Dialect dialect) {
        JdbcStorage storage = withoutMigrating(dataSource, dialect);
        storage.migrate();
        return storage;
    }

    /**
     * Returns the storage without touching the schema, for hosts that run {@link #migrate()} in a
     * separate deployment step.
     */
    public static JdbcStorage withoutMigrating(DataSource dataSource, Dialect dialect) {
        return new JdbcStorage(checkNotNull(dataSource, "dataSource"), checkNotNull(dialect, "dialect"));
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
        RuntimeException last = null;
        for (int attempt = 1; attempt <= MIGRATION_ATTEMPTS; attempt++) {
            try {
                MigrateResult result = Flyway.configure(JdbcStorage.class.getClassLoader())
                        .dataSource(dataSource)
                        .table(HISTORY_TABLE)
                        .locations(dialect.migrationLocation())
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    log.info("crmkit schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
                }
                return result.migrationsExecuted;
            } catch (RuntimeException e) {
                // Two instances creating the history table at the same moment: the loser sees a
                // half-made table. A second look, once the winner committed, finds it complete.
                last = e;
                log.info("crmkit migration attempt {} of {} failed, retrying: {}", attempt, MIGRATION_ATTEMPTS, e.getMessage());
                pause(attempt);
            }
        }
        throw new StorageException("could not migrate the crmkit schema: " + last.getMessage(), last);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while migrating the crmkit schema", e);
        }
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
