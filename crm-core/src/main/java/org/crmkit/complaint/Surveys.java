package org.crmkit.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: customers' answers to opinion surveys (NPS). Takes part in the storage's unit of work.
 *
 * @since 0.1
 */
public interface Surveys {

    /** Stores an answer; false (and nothing stored) if its survey key was recorded before in the tenant. */
    boolean addNps(NpsResponse response);

    /** The answer recorded under this key, if any. */
    Optional<NpsResponse> findNps(TenantId tenantId, String surveyKey);

    /** The customer's answers, newest first. */
    List<NpsResponse> npsOf(TenantId tenantId, CustomerId customerId);

    /** Answers recorded in {@code [from, to)}, oldest first. */
    Page<NpsResponse> npsBetween(TenantId tenantId, Instant from, Instant to, PageRequest request);

    /**
     * Replaces the comment of each of the customer's survey answers that has one with {@link
     * org.crmkit.shared.PersonalData#ERASED}, for erasure; scores and times stay.
     *
     * @since 0.2
     */
    void anonymiseNps(TenantId tenantId, CustomerId customerId);
}
