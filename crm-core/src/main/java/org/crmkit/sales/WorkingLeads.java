package org.crmkit.sales;

import java.time.Instant;
import java.util.List;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/** Capturing leads, taking notes, and qualifying, disqualifying or converting them. */
final class WorkingLeads {

    private final SalesOperations ops;

    WorkingLeads(SalesOperations ops) {
        this.ops = ops;
    }

    Lead capture(CaptureLead command) {
        ops.validator.check(command);
        String fingerprint = Fingerprint.of(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            List<LeadNote> notes = command.note() == null ? List.of() : List.of(new LeadNote(now, command.owner(), command.note()));
            SalesOperations.Created<Lead> created = SalesOperations.create(command.idempotencyKey(), fingerprint, "lead capture",
                    () -> ops.ports.leads().findByKey(tenantId, command.idempotencyKey()), Lead::fingerprint,
                    () -> new Lead(tenantId, ops.newId(), command.idempotencyKey(), fingerprint, command.name(), command.contact(),
                            command.source(), command.interests(), notes, command.owner(), LeadStatus.OPEN, null, null, null, null, now, now,
                            1),
                    ops.ports.leads()::insert);
            if (created.fresh()) {
                Lead lead = created.value();
                ops.events.publish(new LeadCaptured(ops.ids.next(), now, tenantId, lead.leadId(), lead.source(), lead.owner()));
            }
            return created.value();
        });
    }

    Lead note(AddLeadNote command) {
        ops.validator.check(command);
        Instant now = ops.now();
        return ops.transactions.inTransaction(() -> {
            Lead lead = current(command.tenantId(), command.leadId(), command.expectedVersion());
            Lead noted = lead.withNote(now, new LeadNote(now, command.author(), command.text()));
            store(noted, lead.version());
            ops.events.publish(new LeadNoted(ops.ids.next(), now, noted.tenantId(), noted.leadId(), noted.version()));
            return noted;
        });
    }

    Opportunity qualify(QualifyLead command) {
        ops.check(command, SalesOperations.amount("expectedValue", command.expectedValue(), false));
        String fingerprint = Fingerprint.of(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            OpportunityFactory factory = new OpportunityFactory(ops);
            var earlier = factory.replay(tenantId, command.idempotencyKey(), fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Lead lead = current(tenantId, command.leadId(), command.expectedVersion());
            requireOpen(lead, "qualified");
            SalesOperations.Created<Opportunity> created = factory.open(command.idempotencyKey(), fingerprint, tenantId,
                    command.title(), lead.leadId(), lead.customerId(), null, lead.owner(), lead.source(), ops.funnel(tenantId).firstStage(),
                    command.expectedValue(), command.probability(), command.nextAction(), command.dueDate(), now);
            Opportunity opened = created.value();
            if (!created.fresh()) {
                return opened;
            }
            store(lead.changed(now, LeadStatus.QUALIFIED, lead.notes(), null, opened.opportunityId(), lead.customerId(),
                    lead.conversionKey()), lead.version());
            ops.events.publish(new LeadQualified(ops.ids.next(), now, tenantId, lead.leadId(), opened.opportunityId()));
            return opened;
        });
    }

    Lead disqualify(DisqualifyLead command) {
        ops.validator.check(command);
        Instant now = ops.now();
        return ops.transactions.inTransaction(() -> {
            Lead lead = current(command.tenantId(), command.leadId(), command.expectedVersion());
            requireOpen(lead, "disqualified");
            Lead disqualified = lead.changed(now, LeadStatus.DISQUALIFIED, lead.notes(), command.reason(), null, lead.customerId(),
                    lead.conversionKey());
            store(disqualified, lead.version());
            ops.events.publish(new LeadDisqualified(ops.ids.next(), now, lead.tenantId(), lead.leadId()));
            return disqualified;
        });
    }

    Lead convert(ConvertLead command) {
        ops.validator.check(command);
        Instant now = ops.now();
        TenantId tenantId = command.tenantId();
        return ops.transactions.inTransaction(() -> {
            Lead lead = ops.lead(tenantId, command.leadId());
            if (command.idempotencyKey().equals(lead.conversionKey())) {
                if (command.existingCustomer() != null && !command.existingCustomer().equals(lead.customerId())) {
                    throw new IdempotencyKeyReusedException(command.idempotencyKey(), "lead conversion");
                }
                return lead;
            }
            if (lead.customerId() != null) {
                throw new RuleViolationException("lead " + lead.leadId() + " was already converted into customer "
                        + lead.customerId().value() + "; it links to one customer only");
            }
            checkVersion(lead, command.expectedVersion());
            if (lead.status() == LeadStatus.DISQUALIFIED) {
                throw new RuleViolationException("lead " + lead.leadId() + " is DISQUALIFIED; only an open or qualified lead converts");
            }
            CustomerId customerId = command.existingCustomer();
            if (customerId != null) {
                ops.requireCustomer(tenantId, customerId);
            } else {
                customerId = ops.ports.customers().register(RegisterCustomer.of(tenantId, lead.name(), command.sourceChannel())).id();
            }
            Lead converted = lead.changed(now, lead.status(), lead.notes(), lead.disqualifyReason(), lead.opportunityId(), customerId,
                    command.idempotencyKey());
            store(converted, lead.version());
            ops.events.publish(new LeadConverted(ops.ids.next(), now, tenantId, lead.leadId(), customerId));
            return converted;
        });
    }

    private Lead current(TenantId tenantId, String leadId, long expectedVersion) {
        Lead lead = ops.lead(tenantId, leadId);
        checkVersion(lead, expectedVersion);
        return lead;
    }

    private static void checkVersion(Lead lead, long expectedVersion) {
        if (lead.version() != expectedVersion) {
            throw new StaleVersionException("lead", lead.leadId(), expectedVersion);
        }
    }

    private static void requireOpen(Lead lead, String action) {
        if (lead.status() != LeadStatus.OPEN) {
            throw new RuleViolationException("lead " + lead.leadId() + " is " + lead.status() + "; only an OPEN lead can be " + action);
        }
    }

    private void store(Lead lead, long expectedVersion) {
        if (!ops.ports.leads().update(lead, expectedVersion)) {
            throw new StaleVersionException("lead", lead.leadId(), expectedVersion);
        }
    }
}
