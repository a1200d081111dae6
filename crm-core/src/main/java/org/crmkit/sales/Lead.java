package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A lead (客源): a prospective buyer, where they came from, what they are interested in and the
 * notes taken while following them up.
 *
 * @param leadId generated when captured
 * @param creationKey the idempotency key it was captured under
 * @param fingerprint a digest of the capturing command, compared on replays
 * @param name the prospect's name; personal data
 * @param contact how to reach them (a phone number, an address), or null; personal data
 * @param source where the lead came from, e.g. {@code trade-fair}
 * @param interests what they showed interest in; personal data
 * @param notes the notes, oldest first; their texts are personal data
 * @param owner the salesperson following it up
 * @param disqualifyReason why it was disqualified, or null
 * @param opportunityId the opportunity it was qualified into, or null
 * @param customerId the customer it was converted into, or null
 * @param conversionKey the idempotency key of the conversion, or null
 * @param version 1 when captured, one up per change
 * @since 0.2
 */
public record Lead(TenantId tenantId, String leadId, String creationKey, String fingerprint, String name, @Nullable String contact,
        String source, List<String> interests, List<LeadNote> notes, String owner, LeadStatus status, @Nullable String disqualifyReason,
        @Nullable String opportunityId, @Nullable CustomerId customerId, @Nullable String conversionKey, Instant createdAt,
        Instant updatedAt, long version) {

    /** Checks the components and copies the lists. */
    public Lead {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(leadId, "leadId");
        checkNotNull(creationKey, "creationKey");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(name, "name");
        checkNotNull(source, "source");
        interests = List.copyOf(interests);
        notes = List.copyOf(notes);
        checkNotNull(owner, "owner");
        checkNotNull(status, "status");
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 1, "version must be >= 1 but was %s", version);
    }

    Lead changed(Instant at, LeadStatus newStatus, List<LeadNote> newNotes, @Nullable String reason, @Nullable String opportunity,
            @Nullable CustomerId customer, @Nullable String conversion) {
        return new Lead(tenantId, leadId, creationKey, fingerprint, name, contact, source, interests, newNotes, owner, newStatus, reason,
                opportunity, customer, conversion, createdAt, at, version + 1);
    }

    Lead withNote(Instant at, LeadNote note) {
        List<LeadNote> more = new ArrayList<>(notes);
        more.add(note);
        return changed(at, status, more, disqualifyReason, opportunityId, customerId, conversionKey);
    }

    /** This lead with its personal data replaced; the same lead if nothing was left to erase. */
    Lead erased() {
        List<LeadNote> erasedNotes = notes.stream().map(n -> new LeadNote(n.at(), n.author(), PersonalData.ERASED)).toList();
        String erasedContact = contact == null ? null : PersonalData.ERASED;
        String reason = disqualifyReason == null ? null : PersonalData.ERASED;
        if (name.equals(PersonalData.ERASED) && Objects.equals(contact, erasedContact) && interests.isEmpty() && notes.equals(erasedNotes)
                && Objects.equals(reason, disqualifyReason)) {
            return this;
        }
        return new Lead(tenantId, leadId, creationKey, fingerprint, PersonalData.ERASED, erasedContact, source, List.of(), erasedNotes, owner,
                status, reason, opportunityId, customerId, conversionKey, createdAt, updatedAt, version + 1);
    }
}
