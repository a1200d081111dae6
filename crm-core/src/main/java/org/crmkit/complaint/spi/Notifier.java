package org.crmkit.complaint.spi;

/**
 * Port: sends escalation notices (SMS, mail, a chat message to a supervisor). The host supplies
 * one to {@code Crm.builder().notifier(...)}; by default notices go nowhere.
 *
 * <p>Called after the unit of work that escalated has committed, at most once per escalation;
 * if the process dies in between the notice is lost, but the {@code CaseEscalated} event in the
 * outbox is not. An exception is logged and otherwise ignored.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Notifier {

    /** Sends nothing. */
    Notifier NONE = notice -> { };

    /** Sends one notice. */
    void notify(CaseNotice notice);
}
