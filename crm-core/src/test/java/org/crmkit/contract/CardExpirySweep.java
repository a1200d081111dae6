package org.crmkit.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardStatus;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;

/** {@code storedValue().expireDue(tenant, i, n)}: cards issued for a month, expired once past it. */
final class CardExpirySweep implements TenantSweep {

    private final Crm crm;
    private final Map<TenantId, List<String>> cards = new HashMap<>();

    CardExpirySweep(Crm crm, MutableClock clock) {
        this.crm = crm;
    }

    @Override
    public TenantId open(int rows) {
        TenantId tenant = Tenants.fresh();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String cardId = "GC-" + i;
            crm.storedValue().issue(new IssueCard(tenant, "issue-" + cardId, cardId, null, Money.of("10.00", "CNY"), CardExpiry.monthsAfterIssue(1)));
            ids.add(cardId);
        }
        cards.put(tenant, ids);
        return tenant;
    }

    @Override
    public int run(TenantId tenant, int shard, int shards) {
        return crm.storedValue().expireDue(tenant, shard, shards);
    }

    @Override
    public int done(TenantId tenant) {
        return (int) cards.getOrDefault(tenant, List.of()).stream()
                .filter(id -> crm.storedValue().card(tenant, id).orElseThrow().status() == CardStatus.EXPIRED).count();
    }
}
