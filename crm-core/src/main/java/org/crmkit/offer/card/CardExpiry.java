package org.crmkit.offer.card;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a card's balance expires. A card that expires stays valid through the whole calendar day,
 * in the tenant's zone, that falls {@code months} months after the moment the policy counts from
 * (issue, or the last top-up); it expires at the start of the next day. A day that does not exist
 * in the target month is the month's last day (31 January + 1 month = 28 or 29 February).
 *
 * @param kind what the months count from
 * @param months 1 to 1200 months, or 0 for {@link Kind#NEVER}
 * @since 0.2
 */
public record CardExpiry(@NotNull Kind kind, @Min(0) @Max(1200) int months) {

    /** What the months of an expiry policy count from. */
    public enum Kind {
        /** The balance never expires ({@code months} is 0). */
        NEVER,
        /** The months count from the card's issue. */
        MONTHS_AFTER_ISSUE,
        /** The months count from the card's last top-up (its issue, before any top-up). */
        MONTHS_AFTER_LAST_TOP_UP
    }

    /** A balance that never expires. */
    public static CardExpiry never() {
        return new CardExpiry(Kind.NEVER, 0);
    }

    /** Expiry {@code months} months after issue. */
    public static CardExpiry monthsAfterIssue(int months) {
        return new CardExpiry(Kind.MONTHS_AFTER_ISSUE, months);
    }

    /** Expiry {@code months} months after the last top-up. */
    public static CardExpiry monthsAfterLastTopUp(int months) {
        return new CardExpiry(Kind.MONTHS_AFTER_LAST_TOP_UP, months);
    }

    /** Whether {@code months} suits {@code kind}: 0 for NEVER, at least 1 otherwise. */
    public boolean consistent() {
        return kind == Kind.NEVER ? months == 0 : months >= 1;
    }

    /**
     * The instant the balance expires, counted from {@code issuedAt} or {@code lastTopUpAt} as the
     * kind says, in {@code zone}; empty for NEVER.
     */
    public Optional<Instant> expiresAt(Instant issuedAt, Instant lastTopUpAt, ZoneId zone) {
        Instant from = switch (kind) {
            case NEVER -> null;
            case MONTHS_AFTER_ISSUE -> issuedAt;
            case MONTHS_AFTER_LAST_TOP_UP -> lastTopUpAt;
        };
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(from.atZone(zone).toLocalDate().plusMonths(months).plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public String toString() {
        return kind == Kind.NEVER ? "never" : kind + " " + months;
    }
}
