package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.crmkit.sales.spi.CreditPolicy;
import org.crmkit.sales.spi.CreditTerms;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;

/**
 * Sales follow-up (客源, 跟踪回访, 大客户): leads, opportunities in the tenant's funnel, follow-up
 * tasks with reminders, the conversion report, business accounts with their contacts, invoices
 * and credit terms. Obtain it from {@code Crm.sales()}. Thread-safe.
 *
 * <p>Commands that create (a lead, an opportunity, a task, an account) carry an idempotency key
 * unique per tenant: replaying one returns what it created, as it is now, and creates nothing;
 * the same key with other content is refused with {@link
 * org.crmkit.shared.IdempotencyKeyReusedException}. An invoice's number is its key. Commands that
 * change a lead, an opportunity or an account carry the version they were decided on: if it moved
 * on they are refused with {@link org.crmkit.shared.StaleVersionException} and nothing is written.
 * Bad input is refused with one {@link org.crmkit.shared.ValidationException} listing every
 * violation; another tenant's ids behave as unknown ({@link org.crmkit.shared.NotFoundException}).
 * Each command, with its events ({@link SalesEvent}), is one unit of work.
 *
 * @since 0.2
 */
public final class SalesService {

    private final SalesOperations ops;
    private final WorkingLeads leads;
    private final WorkingOpportunities opportunities;
    private final FollowingUp followUps;
    private final KeepingAccounts accounts;
    private final DecidingCredit credit;
    private final ReportingConversion reporting;

    /**
     * Wires the service; {@code Crm.builder()} does this for you.
     *
     * @param zone the tenant's zone: task due times are wall-clock times in it, and credit history counts its days
     * @param creditPolicy decides accounts' credit terms
     */
    public SalesService(SalesPorts ports, TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock,
            IdGenerator ids, ZoneId zone, CreditPolicy creditPolicy) {
        this.ops = new SalesOperations(checkNotNull(ports, "ports"), checkNotNull(transactions, "transactions"),
                checkNotNull(events, "events"), checkNotNull(validator, "validator"), checkNotNull(clock, "clock"), checkNotNull(ids, "ids"),
                checkNotNull(zone, "zone"), checkNotNull(creditPolicy, "creditPolicy"));
        this.leads = new WorkingLeads(ops);
        this.opportunities = new WorkingOpportunities(ops);
        this.followUps = new FollowingUp(ops);
        this.accounts = new KeepingAccounts(ops);
        this.credit = new DecidingCredit(ops);
        this.reporting = new ReportingConversion(ops);
    }

    /**
     * Captures a lead, {@link LeadStatus#OPEN}, at version 1; publishes {@link LeadCaptured}.
     *
     * @throws org.crmkit.shared.ValidationException if the command is invalid
     * @throws org.crmkit.shared.IdempotencyKeyReusedException if the key captured another lead
     */
    public Lead capture(CaptureLead command) {
        return ServiceCalls.call(() -> leads.capture(checkNotNull(command, "command")));
    }

    /**
     * Adds a note to a lead; publishes {@link LeadNoted}.
     *
     * @throws org.crmkit.shared.NotFoundException if the lead is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if the lead is no longer at the expected version
     */
    public Lead addNote(AddLeadNote command) {
        return ServiceCalls.call(() -> leads.note(checkNotNull(command, "command")));
    }

    /**
     * Qualifies an open lead into an opportunity in the funnel's first stage; publishes {@link
     * OpportunityOpened} and {@link LeadQualified}.
     *
     * @return the opportunity
     * @throws org.crmkit.shared.NotFoundException if the lead is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if the lead is no longer at the expected version
     * @throws org.crmkit.shared.RuleViolationException if the lead is not open
     */
    public Opportunity qualify(QualifyLead command) {
        return ServiceCalls.call(() -> leads.qualify(checkNotNull(command, "command")));
    }

    /**
     * Disqualifies an open lead; publishes {@link LeadDisqualified}.
     *
     * @throws org.crmkit.shared.NotFoundException if the lead is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if the lead is no longer at the expected version
     * @throws org.crmkit.shared.RuleViolationException if the lead is not open
     */
    public Lead disqualify(DisqualifyLead command) {
        return ServiceCalls.call(() -> leads.disqualify(checkNotNull(command, "command")));
    }

    /**
     * Converts a lead into a customer, linked or registered through the customer service; publishes
     * {@link LeadConverted}. Replaying the conversion's key returns the converted lead.
     *
     * @throws org.crmkit.shared.NotFoundException if the lead or the existing customer is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if the lead is no longer at the expected version
     * @throws org.crmkit.shared.RuleViolationException if the lead is disqualified or already converted
     */
    public Lead convert(ConvertLead command) {
        return ServiceCalls.call(() -> leads.convert(checkNotNull(command, "command")));
    }

    /**
     * Opens an opportunity without a lead, in the funnel's first stage; publishes {@link OpportunityOpened}.
     *
     * @throws org.crmkit.shared.NotFoundException if the customer or account is not in the tenant
     */
    public Opportunity open(OpenOpportunity command) {
        return ServiceCalls.call(() -> opportunities.open(checkNotNull(command, "command")));
    }

    /**
     * Moves an open opportunity to another stage, or closes it as WON or LOST, recording the step in
     * its history; publishes {@link OpportunityMoved}.
     *
     * @throws org.crmkit.shared.NotFoundException if the opportunity is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if it is no longer at the expected version
     * @throws org.crmkit.shared.RuleViolationException if it is closed, or the stage is not in the funnel or is its current one
     */
    public Opportunity move(MoveOpportunity command) {
        return ServiceCalls.call(() -> opportunities.move(checkNotNull(command, "command")));
    }

    /**
     * Changes an open opportunity's owner, expected value, probability, next action and due date;
     * publishes {@link OpportunityPlanned}.
     *
     * @throws org.crmkit.shared.NotFoundException if the opportunity is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if it is no longer at the expected version
     * @throws org.crmkit.shared.RuleViolationException if it is closed
     */
    public Opportunity plan(PlanOpportunity command) {
        return ServiceCalls.call(() -> opportunities.plan(checkNotNull(command, "command")));
    }

    /** Defines the tenant's funnel; publishes {@link FunnelDefined} unless it is the one defined already. */
    public SalesFunnel defineFunnel(DefineFunnel command) {
        return ServiceCalls.call(() -> opportunities.define(checkNotNull(command, "command")));
    }

    /**
     * Schedules a follow-up task; publishes {@link TaskScheduled}.
     *
     * @throws org.crmkit.shared.NotFoundException if a lead, opportunity, account or customer it names is not in the tenant
     */
    public FollowUpTask schedule(ScheduleTask command) {
        return ServiceCalls.call(() -> followUps.schedule(checkNotNull(command, "command")));
    }

    /**
     * Completes or cancels an open task; publishes {@link TaskClosed}. Closing it again alike returns it unchanged.
     *
     * @throws org.crmkit.shared.NotFoundException if the task is not in the tenant
     * @throws org.crmkit.shared.RuleViolationException if it was closed otherwise
     */
    public FollowUpTask close(CloseTask command) {
        return ServiceCalls.call(() -> followUps.close(checkNotNull(command, "command")));
    }

    /**
     * Sends the reminders that are due: every open task of shard {@code shard} of {@code shards}
     * (by {@link FollowUpTask#shardHash}), of every tenant, whose reminder time is at or before
     * {@code now} and whose reminder was not sent gets one {@link TaskReminderDue}, each in a unit of
     * work of its own. Safe to run again and from several instances at once: no task is reminded twice.
     *
     * @param shard 0 to {@code shards - 1}
     * @param shards at least 1
     * @return how many reminders this call sent
     * @throws IllegalArgumentException if the shard is out of range
     */
    public int dueReminders(Instant now, int shard, int shards) {
        return ServiceCalls.call(() -> followUps.dueReminders(null, now, shard, shards));
    }

    /**
     * Sends, as {@link #dueReminders(Instant, int, int)} does, the due reminders of one tenant's
     * tasks only: every page it reads names the tenant, so on a store distributed by tenant (Citus)
     * it reads the one node holding that tenant. Hosts that split jobs by tenant ({@link
     * org.crmkit.shared.TenantSharding}) call it with shard 0 of 1 for each tenant of their job shard.
     *
     * @return how many reminders of the tenant's tasks this call sent
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     * @since 0.2
     */
    public int dueReminders(TenantId tenantId, Instant now, int shard, int shards) {
        return ServiceCalls.call(() -> followUps.dueReminders(checkNotNull(tenantId, "tenantId"), now, shard, shards));
    }

    /** Opens a business account; publishes {@link AccountOpened}. */
    public BusinessAccount openAccount(OpenAccount command) {
        return ServiceCalls.call(() -> accounts.open(checkNotNull(command, "command")));
    }

    /**
     * Adds a contact to an account; publishes {@link AccountContactsChanged}.
     *
     * @throws org.crmkit.shared.NotFoundException if the account or the customer is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if the account is no longer at the expected version
     * @throws org.crmkit.shared.RuleViolationException if the customer is a contact already, or the account is full
     */
    public BusinessAccount addContact(AddContact command) {
        return ServiceCalls.call(() -> accounts.addContact(checkNotNull(command, "command")));
    }

    /**
     * Removes a contact from an account; publishes {@link AccountContactsChanged}.
     *
     * @throws org.crmkit.shared.NotFoundException if the account or the contact is not there
     * @throws org.crmkit.shared.StaleVersionException if the account is no longer at the expected version
     */
    public BusinessAccount removeContact(RemoveContact command) {
        return ServiceCalls.call(() -> accounts.removeContact(checkNotNull(command, "command")));
    }

    /**
     * Records an invoice of an account; publishes {@link InvoiceRecorded}.
     *
     * @throws org.crmkit.shared.NotFoundException if the account is not in the tenant
     * @throws org.crmkit.shared.IdempotencyKeyReusedException if the account has the invoice number with other details
     */
    public AccountInvoice recordInvoice(RecordInvoice command) {
        return ServiceCalls.call(() -> accounts.recordInvoice(checkNotNull(command, "command")));
    }

    /**
     * Records the day an unpaid invoice was paid; publishes {@link InvoicePaid}.
     *
     * @throws org.crmkit.shared.NotFoundException if the account or the invoice is not there
     * @throws org.crmkit.shared.RuleViolationException if it was paid on another day
     */
    public AccountInvoice recordPayment(RecordInvoicePayment command) {
        return ServiceCalls.call(() -> accounts.recordPayment(checkNotNull(command, "command")));
    }

    /**
     * The credit terms the account's last 12 months earn today (in the tenant's zone), as the
     * credit policy decides and explains them.
     *
     * @throws org.crmkit.shared.NotFoundException if the account is not in the tenant
     */
    public CreditTerms creditTerms(TenantId tenantId, String accountId) {
        return ServiceCalls.call(() -> credit.terms(checkNotNull(tenantId, "tenantId"), checkNotNull(accountId, "accountId")));
    }

    /**
     * The funnel as it stood at {@code asOf}, by stage and group: counts, stage-to-stage conversion,
     * won value and average time in stage, from the stage histories.
     */
    public ConversionReport conversionReport(TenantId tenantId, Instant asOf, FunnelGrouping grouping) {
        return ServiceCalls.call(() -> reporting.report(tenantId, asOf, grouping));
    }

    /** The lead, if it is in the tenant. */
    public Optional<Lead> lead(TenantId tenantId, String leadId) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.leads().find(checkNotNull(tenantId, "tenantId"), checkNotNull(leadId, "leadId"))));
    }

    /** The opportunity, if it is in the tenant. */
    public Optional<Opportunity> opportunity(TenantId tenantId, String opportunityId) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.opportunities().find(checkNotNull(tenantId, "tenantId"), checkNotNull(opportunityId, "opportunityId"))));
    }

    /**
     * The opportunity's stage history, oldest first.
     *
     * @throws org.crmkit.shared.NotFoundException if it is not in the tenant
     */
    public List<StageChange> history(TenantId tenantId, String opportunityId) {
        return ServiceCalls.call(() -> {
            return read(() -> {
                ops.opportunity(tenantId, opportunityId);
                return ops.ports.opportunities().histories(tenantId, List.of(opportunityId));
            });
        });
    }

    /** The task, if it is in the tenant. */
    public Optional<FollowUpTask> task(TenantId tenantId, String taskId) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.tasks().find(checkNotNull(tenantId, "tenantId"), checkNotNull(taskId, "taskId"))));
    }

    /** The account, if it is in the tenant. */
    public Optional<BusinessAccount> account(TenantId tenantId, String accountId) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.accounts().find(checkNotNull(tenantId, "tenantId"), checkNotNull(accountId, "accountId"))));
    }

    /**
     * The account's invoices due from {@code from} to {@code to}, both included, by due date.
     *
     * @throws org.crmkit.shared.NotFoundException if the account is not in the tenant
     */
    public List<AccountInvoice> invoices(TenantId tenantId, String accountId, LocalDate from, LocalDate to) {
        return ServiceCalls.call(() -> accounts.invoices(tenantId, accountId, from, to));
    }

    /** The tenant's funnel: the one it defined, else {@link SalesFunnel#standard}. */
    public SalesFunnel funnel(TenantId tenantId) {
        return ServiceCalls.call(() -> read(() -> ops.funnel(checkNotNull(tenantId, "tenantId"))));
    }

    /** A page of the tenant's leads, by id. */
    public Page<Lead> leads(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.leads().list(checkNotNull(tenantId, "tenantId"), checkNotNull(request, "request"))));
    }

    /** A page of the tenant's opportunities, by id. */
    public Page<Opportunity> opportunities(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.opportunities().list(checkNotNull(tenantId, "tenantId"), checkNotNull(request, "request"))));
    }

    /** A page of the tenant's tasks, by id. */
    public Page<FollowUpTask> tasks(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.tasks().list(checkNotNull(tenantId, "tenantId"), checkNotNull(request, "request"))));
    }

    /** A page of the tenant's business accounts, by id. */
    public Page<BusinessAccount> accounts(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() ->
                read(() -> ops.ports.accounts().list(checkNotNull(tenantId, "tenantId"), checkNotNull(request, "request"))));
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        return ops.transactions.inTransaction(query);
    }
}
