package org.crmkit.sales;

import org.crmkit.shared.DomainEvent;

/**
 * Events of the sales context. They carry ids, stages, amounts and times, never names, contacts or notes.
 *
 * @since 0.2
 */
public sealed interface SalesEvent extends DomainEvent
        permits LeadCaptured, LeadNoted, LeadQualified, LeadDisqualified, LeadConverted, OpportunityOpened, OpportunityMoved,
                OpportunityPlanned, TaskScheduled, TaskReminderDue, TaskClosed, AccountOpened, AccountContactsChanged, InvoiceRecorded,
                InvoicePaid, FunnelDefined {}
