package org.crmkit.offer.coupon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * Creates claim codes for a template: one-per-customer codes (each claimed once, {@code
 * claimsPerCode} 1, e.g. printed on cards or sent one to each customer), or a shared code that
 * many customers claim up to a total ({@code claimsPerCode} above 1). Defining a code again for the
 * same template and limit changes nothing.
 *
 * @param codes 1 to 1,000 distinct codes, each 1 to 64 printable ASCII characters, unique in the tenant
 * @param claimsPerCode how many customers may claim each code, 1 to 10^9
 * @since 0.2
 */
public record DefineCouponCodes(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) String templateId,
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Size(min = 1, max = 64)
                @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String> codes,
        @Positive @Max(1_000_000_000) long claimsPerCode) {

    /** Copies the codes. */
    public DefineCouponCodes {
        codes = codes == null ? null : List.copyOf(codes);
    }
}
