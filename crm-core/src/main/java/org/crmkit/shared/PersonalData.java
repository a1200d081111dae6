package org.crmkit.shared;

import java.time.Instant;
import java.util.List;

/**
 * One bounded context's part of a customer's personal data: what it declares as personal, how it
 * exports what it holds about a customer and how it erases the personal part (PIPL and GDPR rights
 * of access and erasure). {@code Crm.privacy()} runs every context's part together.
 *
 * <p>Erasure anonymises in place: ids, amounts, points, statuses and timestamps stay, so ledger
 * balances and analytics totals are the same before and after; free text and contact data are
 * replaced by {@link #ERASED} (or removed). Both methods run inside the caller's unit of work.
 *
 * @since 0.2
 */
public interface PersonalData {

    /** What erased free text reads afterwards. */
    String ERASED = "[erased]";

    /** The context's name, e.g. {@code customer}, {@code complaint}; the export's section prefix. */
    String context();

    /** The personal-data fields this context holds and what erasure does to each. */
    List<PersonalField> fields();

    /**
     * Hands everything the context holds about the customer to {@code sink}, section by section and
     * page by page, so long histories never sit in memory at once.
     *
     * @throws NotFoundException if the context requires the customer to exist and it does not
     */
    void export(TenantId tenantId, CustomerId customerId, ExportSink sink);

    /**
     * Anonymises the customer's personal data in this context. Idempotent: erasing an erased
     * customer changes nothing.
     *
     * @param erasedAt when the erasure was requested, from the injected clock
     */
    void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt);
}
