package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a case is about, as opened: fixed for the life of the case.
 *
 * @param type complaint, return, exchange, repair, inquiry or suggestion
 * @param category the tenant's category code (e.g. {@code delivery}, {@code food-safety})
 * @param channel where it came in
 * @param subject one line
 * @param description the customer's account, or null
 * @param order the order concerned, or null
 * @param attachments references (URLs, storage keys) to photos and documents held by the host
 * @param region the customer's region for routing (e.g. a province), or null
 * @since 0.1
 */
public record CaseDetails(
        CaseType type, String category, CaseChannel channel, String subject, @Nullable String description, @Nullable OrderLink order,
        List<String> attachments, @Nullable String region) {

    /** Checks and normalises the components as the record's description says. */
    public CaseDetails {
        checkNotNull(type, "type");
        checkNotNull(category, "category");
        checkNotNull(channel, "channel");
        checkNotNull(subject, "subject");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
