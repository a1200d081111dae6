package org.crmkit.loyalty;

import java.util.ArrayList;
import java.util.List;

/** Moves points between two locked accounts, lot by lot, keeping each lot's expiry. */
final class Transfers {

    private Transfers() {}

    static PointsReceipt apply(AccountWork giver, AccountWork receiver, TransferPoints command) {
        long points = command.points();
        LedgerOperations.requireAvailable(giver, points);
        List<LotMovement> taken = giver.lots.takeAvailable(points);
        giver.account.transferOut(points);

        List<LotMovement> received = new ArrayList<>();
        for (LotMovement movement : taken) {
            PointsLot source = giver.lots.now(movement.lotId());
            String lot = receiver.credit(movement.points(), null, false, source.earnedAt(), source.expiresAt());
            received.add(new LotMovement(lot, movement.points()));
        }
        receiver.account.transferIn(points);

        String key = command.idempotencyKey();
        String reason = command.reason() != null ? command.reason() : "transfer";
        LedgerEntry out = giver.entry(EntryType.TRANSFER_OUT, points, -1, key, reason, receiver.ref().customerId().value(), "system", taken);
        LedgerEntry in = receiver.entry(EntryType.TRANSFER_IN, points, 1, key, reason, giver.ref().customerId().value(), "system", received);
        giver.events.add(new PointsTransferred(giver.ids.next(), giver.now, giver.ref().tenantId(), giver.ref(), key, receiver.ref(), points));
        return LedgerOperations.receipt(key, "TRANSFER", giver, points, null, 0, List.of(out.entryId(), in.entryId()), List.of());
    }
}
