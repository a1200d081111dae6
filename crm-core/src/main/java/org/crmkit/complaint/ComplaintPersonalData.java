package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The complaint context's personal data: what the customer wrote or said on their cases (subject,
 * description, attachments, region), what agents wrote about them (resolution summaries, audit
 * notes and comments, escalation and reopen reasons, also in stored {@link CaseEscalated} and
 * {@link CaseReopened} events), CSAT comments and NPS survey comments.
 *
 * <p>Erasure replaces free text with {@link PersonalData#ERASED} and removes the description,
 * attachments and region; case numbers, types, categories, statuses, priorities, assignees, SLA
 * clocks, order links, scores, goodwill points and times stay, so case reports, CSAT and NPS
 * figures are the same before and after. A case moves one version up.
 *
 * <p>Export sections: {@code cases} (newest first, page by page, each with its {@code audit}
 * trail) and {@code surveys} (NPS answers, newest first).
 *
 * @since 0.2
 */
public final class ComplaintPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("case.details.subject", "replaced by " + ERASED),
            PersonalField.of("case.details.description", "removed"),
            PersonalField.of("case.details.attachments", "removed"),
            PersonalField.of("case.details.region", "removed"),
            PersonalField.of("case.resolution.summary", "replaced by " + ERASED),
            PersonalField.of("case.satisfaction.comment", "replaced by " + ERASED),
            PersonalField.of("case audit.note (comments, responses, escalation and reopen reasons)", "replaced by " + ERASED),
            PersonalField.of("nps response.comment", "replaced by " + ERASED),
            PersonalField.of("outbox CaseEscalated.reason and CaseReopened.reason", "replaced by " + ERASED));

    private final Cases cases;
    private final Surveys surveys;
    private final EventOutbox outbox;

    /** Wires the part to the complaint ports; {@code Crm.privacy()} does this for you. */
    public ComplaintPersonalData(Cases cases, Surveys surveys, EventOutbox outbox) {
        this.cases = checkNotNull(cases, "cases");
        this.surveys = checkNotNull(surveys, "surveys");
        this.outbox = checkNotNull(outbox, "outbox");
    }

    @Override
    public String context() {
        return "complaint";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        Page.forEach(request -> cases.ofCustomer(tenantId, customerId, request), PageRequest.MAX_LIMIT, c -> {
            Map<String, Object> item = ExportValues.map(c);
            item.put("audit", ExportValues.plain(cases.audit(tenantId, c.id())));
            sink.accept(context(), "cases", item);
        });
        surveys.npsOf(tenantId, customerId).forEach(r -> sink.accept(context(), "surveys", ExportValues.map(r)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        List<Case> all = new ArrayList<>();
        Page.forEach(request -> cases.ofCustomer(tenantId, customerId, request), PageRequest.MAX_LIMIT, all::add);
        for (Case c : all) {
            Case erased = anonymised(c);
            if (!erased.equals(c)) {
                cases.update(erased.nextVersion());
            }
            cases.anonymiseAudit(tenantId, c.id());
        }
        surveys.anonymiseNps(tenantId, customerId);
        if (!all.isEmpty()) {
            outbox.redact(tenantId, all.stream().map(c -> c.id().value()).toList(), ComplaintPersonalData::redacted);
        }
    }

    private static Case anonymised(Case c) {
        CaseDetails d = c.details();
        CaseDetails details = new CaseDetails(d.type(), d.category(), d.channel(), ERASED, null, d.order(), List.of(), null);
        Resolution r = c.resolution();
        Resolution resolution = r == null ? null
                : new Resolution(r.outcome(), ERASED, r.goodwillPoints(), r.programmeId(), r.pointsEntry(), r.actor(), r.at(), r.round());
        Satisfaction s = c.satisfaction();
        Satisfaction satisfaction = s == null || s.comment() == null ? s : new Satisfaction(s.score(), ERASED, s.at(), s.round());
        return new Case(c.tenantId(), c.id(), c.number(), c.customerId(), details, c.priority(), c.assignee(), c.escalationLevel(),
                c.status(), c.tierCode(), c.requestKey(), c.sla(), resolution, satisfaction, c.times(), c.reopenCount(), c.version());
    }

    private static DomainEvent redacted(DomainEvent event) {
        if (event instanceof CaseEscalated e && !ERASED.equals(e.reason())) {
            return new CaseEscalated(e.eventId(), e.occurredAt(), e.tenantId(), e.caseId(), e.number(), e.customerId(), e.fromLevel(), e.toLevel(),
                    e.trigger(), e.assignee(), ERASED);
        }
        if (event instanceof CaseReopened e && e.reason() != null && !ERASED.equals(e.reason())) {
            return new CaseReopened(e.eventId(), e.occurredAt(), e.tenantId(), e.caseId(), e.number(), e.customerId(), e.reopenCount(), e.actor(), ERASED);
        }
        return event;
    }
}
