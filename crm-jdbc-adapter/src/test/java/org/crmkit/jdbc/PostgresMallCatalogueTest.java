package org.crmkit.jdbc;

import org.crmkit.contract.MallCatalogueContract;
import org.crmkit.spi.CrmStorage;

class PostgresMallCatalogueTest extends MallCatalogueContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
