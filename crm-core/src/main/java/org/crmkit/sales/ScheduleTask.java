package org.crmkit.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Schedules a follow-up task (跟踪回访), due at a wall-clock time in the tenant's zone.
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant among task schedulings
 * @param title what to do, 1 to 200 characters, one line
 * @param owner who does it, 1 to 64 characters, one line
 * @param leadId a lead of the tenant it follows up, or null
 * @param opportunityId an opportunity of the tenant it follows up, or null
 * @param accountId a business account of the tenant it follows up, or null
 * @param customerId a customer of the tenant it concerns, or null (then that of its lead or opportunity)
 * @param dueAt the due time in the tenant's zone; a time in a daylight-saving gap moves forward by the gap
 * @param remindMinutesBefore how long before the due time the owner is reminded, 0 to 43,200 minutes (30 days)
 * @since 0.2
 */
public record ScheduleTask(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 200) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String title,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String owner,
        @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) @Nullable String leadId,
        @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) @Nullable String opportunityId,
        @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) @Nullable String accountId,
        @Nullable CustomerId customerId,
        @NotNull LocalDateTime dueAt,
        @Min(0) @Max(43_200) int remindMinutesBefore) {}
