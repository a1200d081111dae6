package org.crmkit.offer.card;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.Money;
import org.crmkit.shared.Shards;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * The expiry batch: reads a shard's due cards a page at a time and expires each in a unit of work
 * of its own, zeroing its balance with an EXPIRE entry. Running it again, or two instances on one
 * shard, expires nothing twice: each card is checked again under its lock.
 */
final class ExpiringCards {

    /** Cards read per page. */
    static final int PAGE = 200;

    private final CardOperations ops;

    ExpiringCards(CardOperations ops) {
        this.ops = ops;
    }

    /** How many cards of the tenant (of every tenant if null), shard {@code shard} of {@code shards}, were expired. */
    int expireDue(@Nullable TenantId tenantId, int shard, int shards) {
        Shards.check(shard, shards);
        Instant now = ops.now();
        int expired = 0;
        while (true) {
            List<StoredValueCard> due = ops.transactions.inTransaction(() -> ops.cards.dueCards(tenantId, now, shard, shards, PAGE));
            int before = expired;
            for (StoredValueCard card : due) {
                if (expire(card.tenantId(), card.cardId(), now)) {
                    expired++;
                }
            }
            // a page whose cards all changed meanwhile (another instance expired them) ends the run too
            if (due.size() < PAGE || expired == before) {
                return expired;
            }
        }
    }

    private boolean expire(TenantId tenantId, String cardId, Instant now) {
        return UnitOfWork.retrying(ops.transactions, () -> {
            StoredValueCard card = ops.cards.lock(tenantId, cardId).orElse(null);
            if (card == null || !card.dueAt(now)) {
                return false;
            }
            String key = "expiry:" + cardId;
            CardOperations.Work work = ops.work(tenantId, key, now);
            CardChange change = new CardChange(card, now, key);
            work.changes.put(cardId, change);
            Money zeroed = change.expire(work.newId());
            work.published.add(new CardExpired(ops.ids.next(), now, tenantId, cardId, key, zeroed));
            ops.finish(work, List.of(), null);
            return true;
        });
    }
}
