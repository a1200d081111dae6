package org.crmkit.jdbc;

class H2PlainJdbcHostTransactionTest extends PlainJdbcHostTransactionContract {

    @Override
    protected String freshUrl() {
        return TestDatabases.freshH2Url();
    }
}
