package org.crmkit.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Quotes a basket and reserves the whole quote for an order at once: the points it uses are held,
 * and the checkout is recorded under the order reference. Commit it when the order is paid
 * ({@link CommitCheckout}), release it when the order is cancelled ({@link ReleaseCheckout}); an
 * unpaid hold releases itself after {@code ttl}.
 *
 * @param tenantId the tenant
 * @param customerId the buyer, a registered customer of the tenant
 * @param programmeId the loyalty programme whose tier ladder and points apply
 * @param idempotencyKey unique per tenant, 1 to 128 printable ASCII characters; a replay returns the first hold
 * @param orderReference the order, 1 to 128 printable ASCII characters; one checkout per order
 * @param cart the basket at list price, in the programme's currency
 * @param coupons the customer's coupons to apply, up to 20, or empty; every one must apply, or nothing is held
 * @param points the points to pay with: 0 for none, null for as many as allowed, otherwise exactly this many
 * @param ttl how long the hold lives, from 1 second to 7 days, or null for the programme's hold time
 * @since 0.2
 */
public record HoldCheckout(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey,
        @NotBlank @Size(max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String orderReference,
        @NotNull @Valid Cart cart,
        @NotNull @Size(max = 20) List<@NotNull CouponId> coupons,
        @Nullable @PositiveOrZero @Max(Limits.MAX_POINTS) Long points,
        @Nullable Duration ttl) {

    /** Copies the coupons; null means none. */
    public HoldCheckout {
        coupons = coupons == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coupons));
    }

    /** A hold without coupons, for the programme's hold time. */
    public static HoldCheckout of(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String idempotencyKey,
            String orderReference, Cart cart, @Nullable Long points) {
        return new HoldCheckout(tenantId, customerId, programmeId, idempotencyKey, orderReference, cart, List.of(), points, null);
    }

    /** The quote this hold reserves. */
    public QuoteCheckout quote() {
        return new QuoteCheckout(tenantId, customerId, programmeId, cart, coupons, points);
    }
}
