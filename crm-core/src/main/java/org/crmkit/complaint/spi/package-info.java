/**
 * Extension points of the complaint context, each a stable contract: {@link
 * org.crmkit.complaint.spi.CaseRouter} assigns new cases, {@link
 * org.crmkit.complaint.spi.EscalationRule} decides escalations, {@link
 * org.crmkit.complaint.spi.Notifier} tells people about them. Routers, rules and the notifier are discovered
 * with {@link java.util.ServiceLoader} and can be given to {@code Crm.builder()}, which takes
 * precedence; the built-in routing table and escalation rules always run after them.
 */
@NullMarked
package org.crmkit.complaint.spi;

import org.jspecify.annotations.NullMarked;
