package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.complaint.spi.Route;
import org.crmkit.complaint.spi.RoutingFacts;

/**
 * The built-in router: the first matching rule assigns the case; none matching, it goes to the
 * default queue.
 *
 * @param rules in order; the first match wins
 * @param defaultQueue the team that gets everything else
 * @since 0.1
 */
public record RoutingTable(List<RoutingRule> rules, String defaultQueue) {

    /** Everything to the {@code service} team. */
    public static final RoutingTable DEFAULT = new RoutingTable(List.of(), "service");

    /** Checks and normalises the components as the record's description says. */
    public RoutingTable {
        rules = List.copyOf(rules);
        Assignee.team(checkNotNull(defaultQueue, "defaultQueue")); // checks the team code
    }

    /** This table with one more rule, after the others. */
    public RoutingTable withRule(RoutingRule rule) {
        List<RoutingRule> next = new ArrayList<>(rules);
        next.add(checkNotNull(rule, "rule"));
        return new RoutingTable(next, defaultQueue);
    }

    /** The assignee for a case, explained. */
    public Route route(RoutingFacts facts) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(facts)) {
                return new Route(rules.get(i).assignee(), "routing rule " + (i + 1) + " " + rules.get(i));
            }
        }
        return new Route(Assignee.team(defaultQueue), "no routing rule matched: default queue");
    }
}
