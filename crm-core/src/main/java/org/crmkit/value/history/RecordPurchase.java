package org.crmkit.value.history;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A paid order, the one call a platform makes when a customer buys. Idempotent by order id: the
 * same order recorded again returns the first result and changes nothing.
 *
 * @param orderId the order, 1 to 64 printable ASCII characters, unique per tenant
 * @param purchasedAt when it was paid, not after now; null for now
 * @param paid what the customer paid, 0 to 10^12 units, in the customer's purchase currency
 * @param items the order lines (for category rules and analytics); empty, or adding up to {@code paid}
 * @param paymentMethod how it was paid (e.g. {@code ALIPAY}), up to 32 characters, or null
 * @param channel where it was bought (e.g. {@code APP}, {@code STORE}), up to 32 characters, or null
 * @param programmeId the loyalty programme whose points and tier metric the purchase feeds, or
 *     null to record the purchase for analytics only
 * @since 0.1
 */
public record RecordPurchase(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String orderId,
        @Nullable Instant purchasedAt,
        @NotNull Money paid,
        @NotNull @Size(max = 500) List<@NotNull @Valid PurchaseItem> items,
        @Size(max = 32) String paymentMethod,
        @Size(max = 32) String channel,
        ProgrammeId programmeId) {

    /** A purchase of {@code paid} now, without lines, for analytics only. */
    public static RecordPurchase of(TenantId tenantId, CustomerId customerId, String orderId, Money paid) {
        return new RecordPurchase(tenantId, customerId, orderId, null, paid, List.of(), null, null, null);
    }

    /** This purchase, paid at {@code at}. */
    public RecordPurchase at(Instant at) {
        return new RecordPurchase(tenantId, customerId, orderId, at, paid, items, paymentMethod, channel, programmeId);
    }

    /** This purchase, feeding the points and tier metric of {@code programme}. */
    public RecordPurchase inProgramme(ProgrammeId programme) {
        return new RecordPurchase(tenantId, customerId, orderId, purchasedAt, paid, items, paymentMethod, channel, programme);
    }

    /** This purchase with these lines. */
    public RecordPurchase withItems(List<PurchaseItem> lines) {
        return new RecordPurchase(tenantId, customerId, orderId, purchasedAt, paid, lines, paymentMethod, channel, programmeId);
    }

    /** This purchase with a payment method and a channel. */
    public RecordPurchase via(String method, String salesChannel) {
        return new RecordPurchase(tenantId, customerId, orderId, purchasedAt, paid, items, method, salesChannel, programmeId);
    }
}
