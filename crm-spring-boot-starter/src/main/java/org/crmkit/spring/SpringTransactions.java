package org.crmkit.spring;

import java.sql.Connection;
import javax.sql.DataSource;
import org.crmkit.jdbc.HostTransactions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The connection of the Spring-managed transaction on the current thread, if it is on crmkit's
 * {@code DataSource}: crmkit's calls inside a {@code @Transactional} method then run on it and
 * commit or roll back with it.
 */
final class SpringTransactions implements HostTransactions {

    private final DataSource dataSource;

    SpringTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public @Nullable Connection currentConnection() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Propagation SUPPORTS or NEVER may bind an auto-commit connection: nothing to join.
            return null;
        }
        // A transaction on another resource (JMS, another DataSource) binds no holder here: crmkit
        // then runs its own transaction, as it does outside any.
        return TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                ? holder.getConnection()
                : null;
    }
}
