package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** Reading an account (its balance settled to now, its statement) and settling every due account of a shard. */
final class Balances {

    private static final int EXPIRING_SOON_DAYS = 30;

    private final LedgerOperations ops;
    private final SettlingDue settling;

    Balances(LedgerOperations ops) {
        this.ops = ops;
        this.settling = new SettlingDue(ops);
    }

    /**
     * The account's balance, settled to the clock's now. Costs one row read when nothing fell due
     * since the last change, whatever the history's length.
     *
     * @throws NotFoundException for an unknown customer or programme in the tenant
     */
    BalanceView balance(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(programmeId, "programmeId");
        Instant now = ops.now();
        AccountRef ref = AccountRef.of(tenantId, customerId, programmeId);
        return ops.transactions.inTransaction(() -> {
            LoyaltyProgramme programme = ops.programmeOf(tenantId, programmeId);
            Optional<PointsAccount> found = ops.ledger.find(ref);
            if (found.isEmpty()) {
                ops.customers.requireExists(tenantId, customerId);
                return new BalanceView(ref, 0, 0, 0, 0, List.of(), 0, 0, now);
            }
            PointsAccount account = found.get();
            if (account.isDueBy(now)) {
                account = ops.settleNow(ref, programme, now);
            }
            return view(account, programme, now);
        });
    }

    /** The account's entries, newest first, one page at a time. */
    Page<LedgerEntry> statement(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, PageRequest request) {
        checkNotNull(request, "request");
        return ops.transactions.inTransaction(() -> {
            ops.programmeOf(tenantId, programmeId);
            ops.customers.requireExists(tenantId, customerId);
            return ops.ledger.statement(AccountRef.of(tenantId, customerId, programmeId), request);
        });
    }

    /**
     * Settles every account of shard {@code shard} of {@code shards} with something due: expires
     * lots, makes matured pending points available, releases timed-out holds. Idempotent; run it
     * from several instances with different shards to share the work.
     *
     * @return how many accounts were settled
     */
    int settleDue(@Nullable TenantId tenantId, int shard, int shards) {
        return settling.run(tenantId, shard, shards);
    }

    private BalanceView view(PointsAccount account, LoyaltyProgramme programme, Instant now) {
        Instant horizon = now.plus(EXPIRING_SOON_DAYS, ChronoUnit.DAYS);
        Map<LocalDate, Long> byDay = new TreeMap<>();
        if (account.nextDueAt() != null && !account.nextDueAt().isAfter(horizon)) {
            for (PointsLot lot : ops.ledger.openLots(account.ref())) {
                if (lot.status() == LotStatus.AVAILABLE && lot.expiresAt() != null && !lot.expiresAt().isAfter(horizon)) {
                    LocalDate lastDay = lot.expiresAt().minusNanos(1).atZone(programme.zone()).toLocalDate();
                    byDay.merge(lastDay, lot.remaining(), Long::sum);
                }
            }
        }
        List<ExpiringPoints> soon = byDay.entrySet().stream().map(e -> new ExpiringPoints(e.getKey(), e.getValue())).toList();
        return new BalanceView(account.ref(), account.available(), account.pending(), account.held(), account.debt(), soon,
                account.earned(), account.redeemed(), now);
    }
}
