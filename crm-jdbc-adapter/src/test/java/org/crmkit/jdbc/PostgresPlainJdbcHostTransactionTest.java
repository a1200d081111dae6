package org.crmkit.jdbc;

class PostgresPlainJdbcHostTransactionTest extends PlainJdbcHostTransactionContract {

    @Override
    protected String freshUrl() {
        return TestDatabases.freshPostgresUrl();
    }
}
