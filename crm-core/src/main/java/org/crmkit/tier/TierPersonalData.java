package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The tier context's personal data: the free-text reason of a manual override, kept on the
 * membership, repeated as the note of the {@link ChangeReason#OVERRIDE} history line and in stored
 * {@link TierOverridden} events. Erasure replaces each with {@link PersonalData#ERASED}; tiers,
 * metrics, dates and the rest of the history stay (the membership moves one version up, so a
 * concurrent change retries on the erased copy).
 *
 * <p>Export sections: {@code memberships} (one per ladder) and {@code history} (every line of
 * every ladder, oldest first).
 *
 * @since 0.2
 */
public final class TierPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("membership.override.reason", "replaced by " + ERASED),
            PersonalField.of("tier history.note of OVERRIDE lines", "replaced by " + ERASED),
            PersonalField.of("outbox TierOverridden.reason", "replaced by " + ERASED));

    private final Memberships memberships;
    private final EventOutbox outbox;

    /** Wires the part to the tier ports; {@code Crm.privacy()} does this for you. */
    public TierPersonalData(Memberships memberships, EventOutbox outbox) {
        this.memberships = checkNotNull(memberships, "memberships");
        this.outbox = checkNotNull(outbox, "outbox");
    }

    @Override
    public String context() {
        return "tier";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        for (Membership m : memberships.ofCustomer(tenantId, customerId)) {
            sink.accept(context(), "memberships", ExportValues.map(m));
            memberships.history(tenantId, customerId, m.programmeId())
                    .forEach(line -> sink.accept(context(), "history", ExportValues.map(line)));
        }
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        List<Membership> all = memberships.ofCustomer(tenantId, customerId);
        if (all.isEmpty()) {
            return;
        }
        for (Membership listed : all) {
            if (listed.override() != null && !ERASED.equals(listed.override().reason())) {
                Membership m = memberships.lock(tenantId, customerId, listed.programmeId()).orElseThrow();
                TierOverride o = m.override();
                memberships.update(new Membership(m.tenantId(), m.customerId(), m.programmeId(), m.tierCode(), m.since(), m.upgradedAt(),
                        m.joinedOn(), m.lastAssessedOn(), new TierOverride(o.tierCode(), ERASED, o.actor(), o.until()), m.version() + 1));
            }
        }
        memberships.anonymiseOverrideNotes(tenantId, customerId);
        // the aggregate ids of TierEvent#aggregateId
        outbox.redact(tenantId, all.stream().map(m -> customerId.value() + "/" + m.programmeId().value()).toList(),
                TierPersonalData::redacted);
    }

    private static DomainEvent redacted(DomainEvent event) {
        if (event instanceof TierOverridden o && !ERASED.equals(o.reason())) {
            return new TierOverridden(o.eventId(), o.occurredAt(), o.tenantId(), o.customerId(), o.programmeId(), o.from(), o.to(), ERASED,
                    o.actor(), o.until());
        }
        return event;
    }
}
