package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity (销售机会) moving through the tenant's {@link SalesFunnel}.
 *
 * @param opportunityId generated when opened
 * @param creationKey the idempotency key it was opened (or its lead qualified) under
 * @param fingerprint a digest of the opening command, compared on replays
 * @param title what is being sold; replaced on erasure of its customer
 * @param leadId the lead it was qualified from, or null
 * @param customerId the customer it is with, or null
 * @param accountId the business account it is with, or null
 * @param owner the salesperson
 * @param source where it came from (its lead's source when qualified from one)
 * @param stage the current stage: an open stage of the funnel, WON or LOST
 * @param expectedValue what it would bring if won
 * @param probability the chance of winning it, in percent (0 to 100); 100 once won, 0 once lost
 * @param nextAction what to do next, or null; replaced on erasure of its customer
 * @param dueDate when the next action is due, in the tenant's calendar, or null
 * @param lostReason why it was lost, or null
 * @param stageEnteredAt when it entered its current stage
 * @param version 1 when opened, one up per change
 * @since 0.2
 */
public record Opportunity(TenantId tenantId, String opportunityId, String creationKey, String fingerprint, String title,
        @Nullable String leadId, @Nullable CustomerId customerId, @Nullable String accountId, String owner, String source, String stage,
        OpportunityStatus status, Money expectedValue, int probability, @Nullable String nextAction, @Nullable LocalDate dueDate,
        @Nullable String lostReason, Instant openedAt, Instant stageEnteredAt, Instant updatedAt, long version) {

    /** Checks the components. */
    public Opportunity {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(opportunityId, "opportunityId");
        checkNotNull(creationKey, "creationKey");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(title, "title");
        checkNotNull(owner, "owner");
        checkNotNull(source, "source");
        checkNotNull(stage, "stage");
        checkNotNull(status, "status");
        checkNotNull(expectedValue, "expectedValue");
        checkArgument(probability >= 0 && probability <= 100, "probability must be 0 to 100 but was %s", probability);
        checkNotNull(openedAt, "openedAt");
        checkNotNull(stageEnteredAt, "stageEnteredAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 1, "version must be >= 1 but was %s", version);
    }

    /** Whether it is still in an open stage. */
    public boolean isOpen() {
        return status == OpportunityStatus.OPEN;
    }

    Opportunity movedTo(String newStage, @Nullable String reason, Instant at) {
        OpportunityStatus newStatus = SalesFunnel.WON.equals(newStage) ? OpportunityStatus.WON
                : SalesFunnel.LOST.equals(newStage) ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
        int newProbability = newStatus == OpportunityStatus.WON ? 100 : newStatus == OpportunityStatus.LOST ? 0 : probability;
        return new Opportunity(tenantId, opportunityId, creationKey, fingerprint, title, leadId, customerId, accountId, owner, source,
                newStage, newStatus, expectedValue, newProbability, nextAction, dueDate, newStatus == OpportunityStatus.LOST ? reason : null,
                openedAt, at, at, version + 1);
    }

    Opportunity planned(Money value, int newProbability, @Nullable String action, @Nullable LocalDate due, String newOwner, Instant at) {
        return new Opportunity(tenantId, opportunityId, creationKey, fingerprint, title, leadId, customerId, accountId, newOwner, source,
                stage, status, value, newProbability, action, due, lostReason, openedAt, stageEnteredAt, at, version + 1);
    }

    /** This opportunity with its free texts replaced; the same one if nothing was left to erase. */
    Opportunity erased() {
        String action = nextAction == null ? null : PersonalData.ERASED;
        String reason = lostReason == null ? null : PersonalData.ERASED;
        if (title.equals(PersonalData.ERASED) && Objects.equals(action, nextAction) && Objects.equals(reason, lostReason)) {
            return this;
        }
        return new Opportunity(tenantId, opportunityId, creationKey, fingerprint, PersonalData.ERASED, leadId, customerId, accountId, owner,
                source, stage, status, expectedValue, probability, action, dueDate, reason, openedAt, stageEnteredAt, updatedAt, version + 1);
    }
}
