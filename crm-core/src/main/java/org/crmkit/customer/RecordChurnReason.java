package org.crmkit.customer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Records why a customer left, when they churn or are won back.
 *
 * @param occasion when the reason was learned
 * @param code the reason, 1 to 40 characters {@code a-z 0-9 . _ -} (e.g. {@code price}, {@code delivery},
 *     {@code moved-away}); the customer's tag {@code churn-reason:<code>} follows it. A code keeps
 *     the side it was first recorded with in the tenant.
 * @param side whose side the reason is on
 * @param note what the customer said, up to 1,000 characters (line breaks allowed), or null;
 *     personal data, erased with the customer
 * @param recordedBy the staff member or system recording it, 1 to 64 printable ASCII characters
 * @param idempotencyKey 1 to 100 printable ASCII characters, unique per tenant; replaying it returns the first record
 * @since 0.2
 */
public record RecordChurnReason(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ChurnOccasion occasion,
        @NotNull @Size(min = 1, max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotNull ChurnSide side,
        @Size(max = 1000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String note,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String recordedBy,
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey) {

    /** The pattern of reason codes. */
    public static final String CODE = "[a-z0-9][a-z0-9._-]*";
    /** The message for {@link #CODE}. */
    public static final String CODE_MESSAGE = "must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";
}
