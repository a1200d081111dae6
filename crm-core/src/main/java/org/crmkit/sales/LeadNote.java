package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A note taken about a lead (做好笔记).
 *
 * @param at when it was taken
 * @param author who took it
 * @param text what it says; personal data, replaced on erasure
 * @since 0.2
 */
public record LeadNote(Instant at, String author, String text) {

    /** Checks the components. */
    public LeadNote {
        checkNotNull(at, "at");
        checkNotNull(author, "author");
        checkNotNull(text, "text");
    }
}
