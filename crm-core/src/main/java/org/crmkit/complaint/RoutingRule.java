package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.complaint.spi.RoutingFacts;
import org.jspecify.annotations.Nullable;

/**
 * One line of a routing table: cases matching every non-null criterion go to {@code assignee}.
 *
 * @param type the case type, or null for any
 * @param category the category code, or null for any
 * @param channel the channel, or null for any
 * @param region the region, or null for any
 * @param tierCode the customer's tier code, or null for any
 * @param assignee the team (and optionally agent) that gets the case
 * @since 0.1
 */
public record RoutingRule(@Nullable CaseType type, @Nullable String category, @Nullable CaseChannel channel, @Nullable String region, @Nullable String tierCode, Assignee assignee) {

    /** Checks and normalises the components as the record's description says. */
    public RoutingRule {
        checkNotNull(assignee, "assignee");
    }

    /** Cases of a type go to a team. */
    public static RoutingRule type(CaseType type, String team) {
        return new RoutingRule(checkNotNull(type, "type"), null, null, null, null, Assignee.team(team));
    }

    /** Cases of a category go to a team. */
    public static RoutingRule category(String category, String team) {
        return new RoutingRule(null, checkNotNull(category, "category"), null, null, null, Assignee.team(team));
    }

    /** Cases of a tier's customers go to a team. */
    public static RoutingRule tier(String tierCode, String team) {
        return new RoutingRule(null, null, null, null, checkNotNull(tierCode, "tierCode"), Assignee.team(team));
    }

    /** True if every criterion set here holds for the case. */
    public boolean matches(RoutingFacts facts) {
        return (type == null || type == facts.type())
                && (category == null || category.equals(facts.category()))
                && (channel == null || channel == facts.channel())
                && (region == null || region.equals(facts.region()))
                && (tierCode == null || tierCode.equals(facts.tierCode()));
    }
}
