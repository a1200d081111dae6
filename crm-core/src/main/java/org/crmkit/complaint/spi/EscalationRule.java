package org.crmkit.complaint.spi;

import java.util.Optional;

/**
 * Decides whether a case should be escalated. Plug-in rules run before the built-in ones; every
 * rule that answers contributes (the highest level wins, the first reassignment wins). Must be
 * thread-safe and must not call back into crmkit: it runs inside the unit of work.
 *
 * @since 0.1
 */
public interface EscalationRule {

    /** A stable name, for the audit trail. */
    String name();

    /** An escalation, or empty if the rule does not apply. */
    Optional<Escalation> evaluate(EscalationFacts facts);
}
