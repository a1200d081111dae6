package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.HoldStatus;
import org.crmkit.loyalty.LotStatus;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.shared.TenantId;

/**
 * The in-memory ledger's lots and holds, each kept with an index of the open ones per account, so
 * that reading what is open costs what is open, not the history. Not thread-safe: the caller holds
 * the storage-wide lock; a write returns how to undo it, for the caller's undo log.
 */
final class LotsAndHolds {

    private record HoldKey(TenantId tenantId, String holdId) {}

    private final Map<AccountRef, Map<String, PointsLot>> lots = new HashMap<>();
    /** The PENDING and AVAILABLE lots per account. */
    private final Map<AccountRef, Map<String, PointsLot>> openLots = new HashMap<>();
    private final Map<HoldKey, PointsHold> holds = new HashMap<>();
    private final Map<AccountRef, Map<String, PointsHold>> openHolds = new HashMap<>();

    List<PointsLot> openLots(AccountRef ref) {
        return openLots.getOrDefault(ref, Map.of()).values().stream()
                .sorted(PointsLot.SPEND_ORDER)
                .toList();
    }

    Optional<Instant> nextLotDue(AccountRef ref, Collection<String> except) {
        return openLots.getOrDefault(ref, Map.of()).values().stream()
                .filter(l -> !except.contains(l.lotId()))
                .flatMap(l -> Stream.of(l.status() == LotStatus.PENDING ? l.availableAt() : null,
                        l.status() != LotStatus.CLOSED ? l.expiresAt() : null))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    List<PointsLot> spendableLots(AccountRef ref, int limit) {
        // a loop, not a stream: every redemption asks, and usually one or two lots are open
        List<PointsLot> spendable = new ArrayList<>();
        for (PointsLot lot : openLots.getOrDefault(ref, Map.of()).values()) {
            if (lot.status() == LotStatus.AVAILABLE && lot.remaining() > 0) {
                spendable.add(lot);
            }
        }
        spendable.sort(PointsLot.SPEND_ORDER);
        return List.copyOf(spendable.subList(0, Math.min(limit, spendable.size())));
    }

    List<PointsLot> lotsOfOrder(AccountRef ref, String orderReference) {
        return lotsOf(ref).values().stream()
                .filter(l -> orderReference.equals(l.orderReference()))
                .sorted(Comparator.comparing(PointsLot::earnedAt).thenComparing(PointsLot::lotId))
                .toList();
    }

    Optional<PointsLot> lot(AccountRef ref, String lotId) {
        return Optional.ofNullable(lotsOf(ref).get(lotId));
    }

    /** The points of the account's purchase lots earned in [from, until). */
    long purchasePoints(AccountRef ref, Instant from, Instant until) {
        return lotsOf(ref).values().stream()
                .filter(l -> l.orderReference() != null && !l.earnedAt().isBefore(from) && l.earnedAt().isBefore(until))
                .mapToLong(PointsLot::original)
                .sum();
    }

    /** Stores a lot, new or changed; returns how to undo it. */
    Runnable save(PointsLot lot) {
        Map<String, PointsLot> byId = lotsOf(lot.account());
        PointsLot before = byId.put(lot.lotId(), lot);
        indexOpen(lot);
        return () -> {
            if (before == null) {
                byId.remove(lot.lotId());
                openLots.getOrDefault(lot.account(), new HashMap<>()).remove(lot.lotId());
            } else {
                byId.put(lot.lotId(), before);
                indexOpen(before);
            }
        };
    }

    Optional<PointsHold> hold(TenantId tenantId, String holdId) {
        return Optional.ofNullable(holds.get(new HoldKey(tenantId, holdId)));
    }

    List<PointsHold> openHolds(AccountRef ref) {
        return openHolds.getOrDefault(ref, Map.of()).values().stream()
                .sorted(Comparator.comparing(PointsHold::holdId))
                .toList();
    }

    /** Stores a hold, new or changed; returns how to undo it. */
    Runnable save(PointsHold hold) {
        HoldKey key = new HoldKey(hold.account().tenantId(), hold.holdId());
        PointsHold before = holds.put(key, hold);
        indexOpen(hold);
        return () -> {
            if (before == null) {
                holds.remove(key);
                openHolds.getOrDefault(hold.account(), new HashMap<>()).remove(hold.holdId());
            } else {
                holds.put(key, before);
                indexOpen(before);
            }
        };
    }

    private void indexOpen(PointsHold hold) {
        Map<String, PointsHold> open = openHolds.computeIfAbsent(hold.account(), r -> new LinkedHashMap<>());
        if (hold.status() == HoldStatus.OPEN) {
            open.put(hold.holdId(), hold);
        } else {
            open.remove(hold.holdId());
        }
    }

    private void indexOpen(PointsLot lot) {
        Map<String, PointsLot> open = openLots.computeIfAbsent(lot.account(), r -> new LinkedHashMap<>());
        if (lot.status() == LotStatus.CLOSED) {
            open.remove(lot.lotId());
        } else {
            open.put(lot.lotId(), lot);
        }
    }

    private Map<String, PointsLot> lotsOf(AccountRef ref) {
        return lots.computeIfAbsent(ref, r -> new LinkedHashMap<>());
    }
}
