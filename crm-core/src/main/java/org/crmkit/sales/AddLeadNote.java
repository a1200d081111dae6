package org.crmkit.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;

/**
 * Adds a note to a lead (做好笔记).
 *
 * @param expectedVersion the lead's version the note was written against; refused if it moved on
 * @param author who writes it, 1 to 64 characters, one line
 * @param text 1 to 2,000 characters
 * @since 0.2
 */
public record AddLeadNote(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = SalesText.KEY, message = SalesText.KEY_MESSAGE) String leadId,
        @Positive long expectedVersion,
        @NotBlank @Size(max = 64) @Pattern(regexp = SalesText.LINE, message = SalesText.LINE_MESSAGE) String author,
        @NotBlank @Size(max = 2000) @Pattern(regexp = SalesText.TEXT, message = SalesText.TEXT_MESSAGE) String text) {}
