package org.crmkit.jdbc;

import org.crmkit.contract.SlaCheckContract;
import org.crmkit.spi.CrmStorage;

class PostgresSlaCheckTest extends SlaCheckContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
