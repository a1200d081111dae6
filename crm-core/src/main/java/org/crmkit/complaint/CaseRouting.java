package org.crmkit.complaint;

import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.complaint.spi.Route;
import org.crmkit.complaint.spi.RoutingFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the plug-in routers in order, then the tenant's routing table. */
final class CaseRouting {

    private static final Logger log = LoggerFactory.getLogger(CaseRouting.class);

    private final List<CaseRouter> routers;

    CaseRouting(List<CaseRouter> routers) {
        this.routers = List.copyOf(routers);
    }

    Route route(RoutingFacts facts, RoutingTable table) {
        for (CaseRouter router : routers) {
            try {
                Optional<Route> route = router.route(facts);
                if (route.isPresent()) {
                    return new Route(route.get().assignee(), "router " + router.name() + ": " + route.get().explanation());
                }
            } catch (RuntimeException e) {
                log.warn("case router {} failed; trying the next one", router.name(), e);
            }
        }
        return table.route(facts);
    }
}
