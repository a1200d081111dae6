package org.crmkit.jdbc;

import org.crmkit.contract.MallCatalogueContract;
import org.crmkit.spi.CrmStorage;

class H2MallCatalogueTest extends MallCatalogueContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
