package org.crmkit.loyalty;

import java.time.Instant;
import java.util.List;

/**
 * An account's balance as a customer sees it.
 *
 * @param account the account
 * @param available spendable now (negative only while there is debt)
 * @param pending waiting for the return window
 * @param held reserved by open holds at checkout
 * @param debt owed after refunds of spent points
 * @param expiringSoon available points expiring in the next 30 days, by day, soonest first
 * @param lifetimeEarned all points ever earned (purchases, bonuses, grants)
 * @param lifetimeRedeemed all points ever redeemed
 * @param asOf the moment the view describes
 * @since 0.1
 */
public record BalanceView(
        AccountRef account,
        long available,
        long pending,
        long held,
        long debt,
        List<ExpiringPoints> expiringSoon,
        long lifetimeEarned,
        long lifetimeRedeemed,
        Instant asOf) {

    /** Checks and normalises the components as the record's description says. */
    public BalanceView {
        expiringSoon = List.copyOf(expiringSoon);
    }
}
