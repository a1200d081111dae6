package org.crmkit.inmemory;

import org.crmkit.contract.SegmentContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SegmentContract} on one in-memory storage shared by every test of the class. */
class InMemorySegmentTest extends SegmentContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
