package org.crmkit.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Captures a lead (寻找客源).
 *
 * @param idempotencyKey 1 to 128 printable ASCII characters, unique per tenant among lead captures
 * @param name the prospect's name, 1 to 200 characters, one line
 * @param contact how to reach them, up to 200 characters, one line, or null
 * @param source where the lead came from, 1 to 64 characters, one line
 * @param interests up to 20 interests (了解兴趣) of 1 to 64 characters, one line each
 * @param owner the salesperson following it up, 1 to 64 characters, one line
 * @param note a first note, up to 2,000 characters, or null
 * @since 0.2
 */
public record CaptureLead(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 200) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String name,
        @Size(min = 1, max = 200) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) @Nullable String contact,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String source,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String>
                interests,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String owner,
        @Size(min = 1, max = 2000) @Pattern(regexp = SalesText.TEXT, message = SalesText.TEXT_MESSAGE) @Nullable String note) {}
