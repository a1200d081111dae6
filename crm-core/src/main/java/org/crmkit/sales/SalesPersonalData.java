package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * The sales part of a customer's data: the leads converted into them, the opportunities and
 * follow-up tasks that concern them, and their entries as a contact of business accounts.
 *
 * <p>Export sections: {@code leads}, {@code opportunities} (each with its stage history), {@code
 * tasks} and {@code contacts} (the account's id and name with the contact entry). Erasure replaces
 * the names, contact details, interests, notes and free texts listed in {@link #fields()}; ids,
 * stages, amounts, statuses and times stay, so the funnel, the conversion report and the accounts'
 * payment histories read the same before and after. Events carry none of these fields.
 *
 * @since 0.2
 */
public final class SalesPersonalData implements PersonalData {

    private final Leads leads;
    private final Opportunities opportunities;
    private final FollowUpTasks tasks;
    private final BusinessAccounts accounts;

    /** Wires the part to the sales ports; {@code Crm.privacy()} does this for you. */
    public SalesPersonalData(Leads leads, Opportunities opportunities, FollowUpTasks tasks, BusinessAccounts accounts) {
        this.leads = checkNotNull(leads, "leads");
        this.opportunities = checkNotNull(opportunities, "opportunities");
        this.tasks = checkNotNull(tasks, "tasks");
        this.accounts = checkNotNull(accounts, "accounts");
    }

    @Override
    public String context() {
        return "sales";
    }

    @Override
    public List<PersonalField> fields() {
        return List.of(
                PersonalField.of("lead.name", "replaced by " + ERASED),
                PersonalField.of("lead.contact", "replaced by " + ERASED),
                PersonalField.of("lead.interests", "removed"),
                PersonalField.of("lead.notes.text", "replaced by " + ERASED),
                PersonalField.of("lead.disqualifyReason", "replaced by " + ERASED),
                PersonalField.of("opportunity.title", "replaced by " + ERASED),
                PersonalField.of("opportunity.nextAction", "replaced by " + ERASED),
                PersonalField.of("opportunity.lostReason", "replaced by " + ERASED),
                PersonalField.of("task.title", "replaced by " + ERASED),
                PersonalField.of("task.outcome", "replaced by " + ERASED),
                PersonalField.of("account.contact.name", "replaced by " + ERASED),
                PersonalField.of("account.contact.phone", "replaced by " + ERASED),
                PersonalField.of("account.contact.email", "replaced by " + ERASED));
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        leads.ofCustomer(tenantId, customerId).forEach(lead -> sink.accept(context(), "leads", ExportValues.map(lead)));
        for (Opportunity opportunity : opportunities.ofCustomer(tenantId, customerId)) {
            sink.accept(context(), "opportunities", ExportValues.map(opportunity));
            opportunities.histories(tenantId, List.of(opportunity.opportunityId()))
                    .forEach(step -> sink.accept(context(), "stageHistory", ExportValues.map(step)));
        }
        tasks.ofCustomer(tenantId, customerId).forEach(task -> sink.accept(context(), "tasks", ExportValues.map(task)));
        for (BusinessAccount account : accounts.withContact(tenantId, customerId)) {
            account.contacts().stream().filter(c -> customerId.equals(c.customerId())).forEach(contact -> sink.accept(context(), "contacts",
                    Map.of("accountId", account.accountId(), "accountName", account.name(), "contact", ExportValues.map(contact))));
        }
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        for (Lead lead : leads.ofCustomer(tenantId, customerId)) {
            Lead erased = lead.erased();
            if (erased != lead && !leads.update(erased, lead.version())) {
                throw new StaleVersionException("lead", lead.leadId(), lead.version());
            }
        }
        for (Opportunity opportunity : opportunities.ofCustomer(tenantId, customerId)) {
            Opportunity erased = opportunity.erased();
            if (erased != opportunity && !opportunities.update(erased, opportunity.version(), null)) {
                throw new StaleVersionException("opportunity", opportunity.opportunityId(), opportunity.version());
            }
        }
        for (FollowUpTask task : tasks.ofCustomer(tenantId, customerId)) {
            FollowUpTask erased = task.erased();
            if (erased != task && !tasks.update(erased, task.version())) {
                throw new StaleVersionException("task", task.taskId(), task.version());
            }
        }
        for (BusinessAccount account : accounts.withContact(tenantId, customerId)) {
            BusinessAccount erased = account.erasing(customerId);
            if (erased != account && !accounts.update(erased, account.version())) {
                throw new StaleVersionException("business account", account.accountId(), account.version());
            }
        }
    }
}
