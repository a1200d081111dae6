package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** The stored-value liability and the lifetime totals, per tenant and currency. */
final class CardReports {

    private final CardOperations ops;

    CardReports(CardOperations ops) {
        this.ops = ops;
    }

    List<CardTotals> totals(TenantId tenantId) {
        checkNotNull(tenantId, "tenantId");
        return ops.transactions.inTransaction(() -> ops.cards.totals(tenantId));
    }

    List<CardLiability> liability(TenantId tenantId, Instant from, Instant until) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(from, "from");
        checkNotNull(until, "until");
        if (!from.isBefore(until)) {
            throw new ValidationException("liability", List.of(Violation.of("until", until, "must be after from, " + from)));
        }
        return ops.transactions.inTransaction(() -> {
            Map<Currency, List<CardEntryTotal>> moved = ops.cards.entryTotals(tenantId, from, until);
            List<CardLiability> report = new ArrayList<>();
            for (CardTotals totals : ops.cards.totals(tenantId)) {
                List<CardEntryTotal> sums = moved.getOrDefault(totals.currency(), List.of());
                report.add(new CardLiability(totals.currency(), totals.cards(), totals.balance(), from, until,
                        sum(sums, CardEntryType.ISSUE, totals.currency()), sum(sums, CardEntryType.TOP_UP, totals.currency()),
                        sum(sums, CardEntryType.PAY, totals.currency()), sum(sums, CardEntryType.REFUND, totals.currency()),
                        sum(sums, CardEntryType.EXPIRE, totals.currency())));
            }
            return report;
        });
    }

    private static Money sum(List<CardEntryTotal> sums, CardEntryType type, Currency currency) {
        return sums.stream().filter(s -> s.type() == type).map(CardEntryTotal::amount).reduce(Money.zero(currency), Money::plus);
    }
}
