package org.crmkit.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Opens a case for a customer of the tenant.
 *
 * @param category the tenant's category code, e.g. {@code delivery}, 1 to 64 characters
 * @param subject one line, 1 to 200 characters
 * @param description the customer's account, up to 4,000 characters, or null
 * @param order the order concerned, or null
 * @param priority the priority, or null for the tenant's default for the customer's tier
 * @param region the customer's region for routing, or null
 * @param attachments up to 20 references (URLs, storage keys) to files the host keeps
 * @param requestKey the client's key; opening again with it returns the first case. Or null
 * @param actor who opened it (an agent, {@code customer}, a channel bot), 1 to 100 characters
 * @since 0.1
 */
public record OpenCase(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull CaseType type,
        @NotBlank @Size(max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String category,
        @NotNull CaseChannel channel,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String subject,
        @Size(max = 4000) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String description,
        @Valid @Nullable OrderLink order,
        @Nullable Priority priority,
        @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) @Nullable String region,
        @Size(max = 20) List<@NotBlank @Size(max = 500) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String> attachments,
        @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) @Nullable String requestKey,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String actor) {

    /** Checks and normalises the components as the record's description says. */
    public OpenCase {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A case with no description, order, region or attachments, the tenant's default priority, opened by the customer. */
    public static OpenCase of(TenantId tenantId, CustomerId customerId, CaseType type, String category, CaseChannel channel,
            String subject) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, null, null, null, null, List.of(), null, "customer");
    }

    /** This command for the same customer id in another tenant. */
    public OpenCase withTenant(TenantId newTenantId) {
        return new OpenCase(newTenantId, customerId, type, category, channel, subject, description, order, priority, region, attachments,
                requestKey, actor);
    }

    /** This command with a description. */
    public OpenCase describedAs(String newDescription) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, newDescription, order, priority, region, attachments,
                requestKey, actor);
    }

    /** This command about an order. */
    public OpenCase about(OrderLink newOrder) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, description, newOrder, priority, region, attachments,
                requestKey, actor);
    }

    /** This command with a priority. */
    public OpenCase withPriority(Priority newPriority) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, description, order, newPriority, region, attachments,
                requestKey, actor);
    }

    /** This command from a region. */
    public OpenCase fromRegion(String newRegion) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, description, order, priority, newRegion, attachments,
                requestKey, actor);
    }

    /** This command with attachments. */
    public OpenCase withAttachments(List<String> newAttachments) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, description, order, priority, region, newAttachments,
                requestKey, actor);
    }

    /** This command made idempotent by a client key. */
    public OpenCase withRequestKey(String newRequestKey) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, description, order, priority, region, attachments,
                newRequestKey, actor);
    }

    /** This command opened by someone else. */
    public OpenCase by(String newActor) {
        return new OpenCase(tenantId, customerId, type, category, channel, subject, description, order, priority, region, attachments,
                requestKey, newActor);
    }
}
