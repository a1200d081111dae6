package org.crmkit.jdbc;

import org.crmkit.contract.SegmentContract;
import org.crmkit.spi.CrmStorage;

class H2SegmentTest extends SegmentContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
