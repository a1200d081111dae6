package org.crmkit.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Port: recorded churn reasons. Every method joins the storage's current unit of work; {@link
 * #insert} must be an atomic "insert if absent" on the idempotency key.
 *
 * @since 0.2
 */
public interface ChurnReasons {

    /** The prefix of the customer tag that names the current reason, as {@code ChurnDimension.CHURN_REASON} reads it. */
    String TAG_PREFIX = "churn-reason:";

    /** Stores a reason; false (and nothing written) if its key is taken in the tenant. */
    boolean insert(StoredChurnReason reason);

    /** The reason recorded under this key, if any. */
    Optional<StoredChurnReason> byKey(TenantId tenantId, String idempotencyKey);

    /** The side a code was recorded with in the tenant, if it ever was. */
    Optional<ChurnSide> sideOf(TenantId tenantId, String code);

    /** The customer's reasons, newest first. */
    List<ChurnReason> ofCustomer(TenantId tenantId, CustomerId customerId);

    /** How many reasons of each code, side and occasion were recorded in {@code [from, until)}, in any order. */
    List<ChurnReasonCount> counts(TenantId tenantId, Instant from, Instant until);

    /** Replaces the note of each of the customer's reasons that has one with {@link org.crmkit.shared.PersonalData#ERASED}. */
    void anonymise(TenantId tenantId, CustomerId customerId);
}
