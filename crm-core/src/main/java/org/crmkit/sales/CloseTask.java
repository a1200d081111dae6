package org.crmkit.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Completes or cancels an open follow-up task. Closing it again the same way with the same text
 * returns it unchanged.
 *
 * @param status {@link TaskStatus#DONE} or {@link TaskStatus#CANCELLED}
 * @param text the outcome of a completed task or the reason of a cancelled one, 1 to 2,000 characters
 * @since 0.2
 */
public record CloseTask(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String taskId,
        @NotNull TaskStatus status,
        @NotBlank @Size(max = 2000) @Pattern(regexp = SalesText.TEXT, message = SalesText.TEXT_MESSAGE) String text) {}
