package org.crmkit.complaint.spi;

import java.util.Optional;

/**
 * Assigns new cases, e.g. from a workforce-management system. Routers run in order before the
 * tenant's built-in routing table; the first that answers wins. Must be thread-safe and fast: it
 * runs inside the unit of work that opens the case.
 *
 * @since 0.1
 */
public interface CaseRouter {

    /** A stable name, for logs and the audit trail. */
    String name();

    /** Who should get this case, or empty to leave it to the next router or the table. */
    Optional<Route> route(RoutingFacts facts);
}
