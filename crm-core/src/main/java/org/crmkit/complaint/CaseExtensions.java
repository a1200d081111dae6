package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.Notifier;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.TierLookup;

/**
 * The other contexts and plug-ins {@link ComplaintService} works with.
 *
 * @param tiers the customers' tiers (routing, priorities, SLA overrides)
 * @param loyalty grants goodwill points
 * @param routers plug-in routers, asked before each tenant's routing table
 * @param escalationRules plug-in rules, asked before the built-in ones
 * @param notifier receives escalation notices
 * @since 0.1
 */
public record CaseExtensions(TierLookup tiers, LoyaltyService loyalty, List<CaseRouter> routers, List<EscalationRule> escalationRules,
        Notifier notifier) {

    /** Checks and normalises the components as the record's description says. */
    public CaseExtensions {
        checkNotNull(tiers, "tiers");
        checkNotNull(loyalty, "loyalty");
        routers = List.copyOf(routers);
        escalationRules = List.copyOf(escalationRules);
        checkNotNull(notifier, "notifier");
    }
}
