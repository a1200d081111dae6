package org.crmkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.CustomerBuilder;
import org.crmkit.testing.Tenants;

/**
 * What every port suite needs: the storage under test, a fresh tenant per test, calls wrapped in
 * the storage's unit of work, and a reader that walks every page with the cursors the port issues.
 */
public abstract class PortContract {

    /** The tenant of this test, used by no other test. */
    protected final TenantId tenant = Tenants.fresh();

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    /**
     * Stores a customer of {@code tenantId} with this id and returns the id: a database storage
     * keeps a customer's rows only while the customer exists.
     */
    protected final CustomerId aStoredCustomer(TenantId tenantId, String id) {
        run(() -> storage().customers().insert(CustomerBuilder.aCustomer(tenantId).id(id).build()));
        return CustomerId.of(id);
    }

    /** Runs {@code work} in a unit of work of the storage and returns its result. */
    protected final <T> T tx(Supplier<T> work) {
        return storage().transactions().inTransaction(work);
    }

    /** Runs {@code work} in a unit of work of the storage. */
    protected final void run(Runnable work) {
        storage().transactions().run(work);
    }

    /** Runs {@code work} in a unit of work that then fails, so the storage must roll it back. */
    protected final void runAndRollBack(Runnable work) {
        try {
            run(() -> {
                work.run();
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // the unit of work was rolled back, as intended
        }
    }

    /** Every page {@code fetch} returns from the first on, {@code limit} items a page, each read in its own unit of work. */
    protected final <T> List<List<T>> pages(Function<PageRequest, Page<T>> fetch, int limit) {
        List<List<T>> pages = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            PageRequest current = request;
            Page<T> page = tx(() -> fetch.apply(current));
            pages.add(page.items());
            if (!page.hasNext()) {
                return pages;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), limit);
        }
    }

    /** Every item of every page, in order. */
    protected final <T> List<T> all(Function<PageRequest, Page<T>> fetch, int limit) {
        return pages(fetch, limit).stream().flatMap(List::stream).toList();
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("rolled back on purpose", null, false, false);
        }
    }
}
