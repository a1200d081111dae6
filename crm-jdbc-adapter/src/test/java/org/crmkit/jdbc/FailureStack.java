package org.crmkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Where a fault-injection test puts its faults: on H2 and PostgreSQL between crmkit and the pool; and on H2 under the pool,
 * the pool given the failing data source, where crmkit keeps its statements on the pooled connections ({@link KeptStatements}).
 */
enum FailureStack {
    H2(Dialect.H2),
    H2_KEPT_STATEMENTS(Dialect.H2),
    POSTGRESQL(Dialect.POSTGRESQL);

    /** A migrated database: its pool (to read and to close), the failing data source, and the data source crmkit is to use. */
    record Opened(FailureStack stack, HikariDataSource pool, LedgerFailingDataSource failing, DataSource forCrm) {

        /** A storage over {@link #forCrm}, which the faults reach. */
        JdbcStorage storage() {
            return JdbcStorage.withoutMigrating(forCrm, stack.dialect);
        }

        /** A {@link Crm} on {@link #storage}, its clock stopped at {@code now}. */
        Crm crmAt(Instant now) {
            return Crm.builder().storage(storage()).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        }
    }

    final Dialect dialect;

    FailureStack(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The suite-wide storage of this stack's database ({@link TestDatabases}), without faults: for a run left undisturbed. */
    JdbcStorage sharedStorage() {
        return dialect == Dialect.H2 ? TestDatabases.h2() : TestDatabases.postgres();
    }

    /** A fresh database of this stack, migrated, with a pool of four. */
    Opened open() {
        String url = TestDatabases.freshUrl(dialect);
        if (this == H2_KEPT_STATEMENTS) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            LedgerFailingDataSource failing = new LedgerFailingDataSource(h2);
            HikariConfig config = new HikariConfig();
            config.setDataSource(failing);
            config.setMaximumPoolSize(4);
            HikariDataSource pool = new HikariDataSource(config);
            JdbcStorage.create(pool);
            return new Opened(this, pool, failing, pool);
        }
        HikariDataSource pool = TestDatabases.pool(url, 4);
        JdbcStorage.create(pool);
        LedgerFailingDataSource failing = new LedgerFailingDataSource(pool);
        return new Opened(this, pool, failing, failing);
    }
}
