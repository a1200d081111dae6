package org.crmkit.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Adds an entry to a customer's interaction timeline.
 *
 * @param tenantId the tenant
 * @param customerId the customer
 * @param channel the touch point
 * @param direction who started it
 * @param type what it was about
 * @param occurredAt when it happened, not after the clock's now; null for now
 * @param staffMember up to 100 characters, or null
 * @param summary 1 to 4000 characters; line breaks allowed
 * @since 0.1
 */
public record RecordInteraction(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull InteractionChannel channel,
        @NotNull InteractionDirection direction,
        @NotNull InteractionType type,
        @Nullable Instant occurredAt,
        @Size(max = 100) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE) @Nullable String staffMember,
        @NotBlank @Size(max = 4000) @Pattern(regexp = Constraints.FREE_TEXT, message = Constraints.FREE_TEXT_MESSAGE) String summary) {}
