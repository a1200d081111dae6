package org.crmkit.jdbc;

import org.crmkit.contract.SlaCheckPageContract;
import org.crmkit.spi.CrmStorage;

class PostgresSlaCheckPageTest extends SlaCheckPageContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
