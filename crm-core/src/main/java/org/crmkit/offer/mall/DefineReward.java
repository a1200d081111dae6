package org.crmkit.offer.mall;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Defines a catalogue item, or changes one. Idempotent: defining an item exactly as it stands
 * returns it unchanged, whatever {@code expectedVersion} says.
 *
 * @param code 1 to 64 printable ASCII characters, unique within the programme
 * @param name 1 to 200 characters on one line
 * @param pointsPrice points for one unit, 1 to 10^12
 * @param cashPrice cash for one unit collected by the host beside the points, in the programme's
 *     currency, 0 to 10^12 units, or null for a points-only item
 * @param stock units offered in all, 0 to 10^9, or null for unlimited
 * @param perCustomerLimit units one customer may hold in live orders, 1 to 10^6, or null for no limit
 * @param tierCodes the tiers whose members may redeem it (at most 20 codes of 1 to 32 characters); empty for everyone
 * @param validFrom the first day it may be redeemed in the tenant's zone, or null
 * @param validUntil the last day (inclusive), not before {@code validFrom}, or null
 * @param expectedVersion 0 to create the item, else the version being changed
 * @since 0.2
 */
public record DefineReward(
        @NotNull TenantId tenantId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String name,
        @Positive @Max(Limits.MAX_POINTS) long pointsPrice,
        @Nullable Money cashPrice,
        @Nullable @PositiveOrZero @Max(1_000_000_000L) Long stock,
        @Nullable @Positive @Max(1_000_000) Integer perCustomerLimit,
        @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 32) String> tierCodes,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @NotNull Fulfilment fulfilment,
        @PositiveOrZero long expectedVersion) {

    /** Copies the tier codes. */
    public DefineReward {
        tierCodes = tierCodes == null ? null : Set.copyOf(tierCodes);
    }

    /**
     * A points-only item open to everyone, always, with unlimited stock and no per-customer limit,
     * created (expected version 0); change it with the {@code with} methods.
     */
    public static DefineReward of(TenantId tenantId, ProgrammeId programmeId, String code, String name, long pointsPrice,
            Fulfilment fulfilment) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, null, null, null, Set.of(), null, null, fulfilment, 0);
    }

    /** This command with a cash part per unit. */
    public DefineReward withCash(@Nullable Money cash) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, cash, stock, perCustomerLimit, tierCodes, validFrom,
                validUntil, fulfilment, expectedVersion);
    }

    /** This command with a stock (null: unlimited). */
    public DefineReward withStock(@Nullable Long units) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, cashPrice, units, perCustomerLimit, tierCodes, validFrom,
                validUntil, fulfilment, expectedVersion);
    }

    /** This command with a per-customer limit (null: none). */
    public DefineReward withLimit(@Nullable Integer units) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, cashPrice, stock, units, tierCodes, validFrom,
                validUntil, fulfilment, expectedVersion);
    }

    /** This command open only to members of these tiers. */
    public DefineReward withTiers(Set<String> codes) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, cashPrice, stock, perCustomerLimit, codes, validFrom,
                validUntil, fulfilment, expectedVersion);
    }

    /** This command with a window of days in the tenant's zone (either end may be null). */
    public DefineReward withWindow(@Nullable LocalDate from, @Nullable LocalDate until) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, cashPrice, stock, perCustomerLimit, tierCodes, from,
                until, fulfilment, expectedVersion);
    }

    /** This command with another points price. */
    public DefineReward withPoints(long points) {
        return new DefineReward(tenantId, programmeId, code, name, points, cashPrice, stock, perCustomerLimit, tierCodes, validFrom,
                validUntil, fulfilment, expectedVersion);
    }

    /** This command changing the item at {@code version}. */
    public DefineReward changing(long version) {
        return new DefineReward(tenantId, programmeId, code, name, pointsPrice, cashPrice, stock, perCustomerLimit, tierCodes, validFrom,
                validUntil, fulfilment, version);
    }
}
