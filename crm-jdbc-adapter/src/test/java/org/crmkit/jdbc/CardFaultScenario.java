package org.crmkit.jdbc;

import java.util.List;
import org.crmkit.Crm;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.offer.card.TransferBetweenCards;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;

/**
 * The card operations that write to several tables at once (card rows, entries, payments, receipt,
 * outbox), each with the history it needs. {@link #when} is the operation under test, always under
 * the key {@value #KEY}.
 */
enum CardFaultScenario {

    PAY {
        @Override
        CardReceipt when(Stage s) {
            return s.cards.pay(new PayWithCard(s.tenant, KEY, "A", "order-1", Money.of("30.00", "CNY")));
        }
    },

    SECOND_PARTIAL_REFUND {
        @Override
        void given(Stage s) {
            super.given(s);
            s.cards.pay(new PayWithCard(s.tenant, "pay-1", "A", "order-1", Money.of("60.00", "CNY")));
            s.cards.refund(new RefundCardPayment(s.tenant, "refund-1", "pay-1", Money.of("20.00", "CNY")));
        }

        @Override
        CardReceipt when(Stage s) {
            return s.cards.refund(new RefundCardPayment(s.tenant, KEY, "pay-1", Money.of("25.00", "CNY")));
        }
    },

    TRANSFER {
        @Override
        CardReceipt when(Stage s) {
            return s.cards.transfer(new TransferBetweenCards(s.tenant, KEY, "B", "A", Money.of("15.00", "CNY")));
        }
    };

    static final String KEY = "the-operation";

    /** The stored-value ledger's tables (the outbox is compared too). */
    static final List<String> TABLES = List.of("crm_card", "crm_card_entry", "crm_card_payment", "crm_card_receipt");

    /** The history before the operation: cards A (100.00) and B (40.00). */
    void given(Stage s) {
        s.cards.issue(new IssueCard(s.tenant, "issue-a", "A", null, Money.of("100.00", "CNY"), CardExpiry.monthsAfterIssue(12)));
        s.cards.issue(new IssueCard(s.tenant, "issue-b", "B", null, Money.of("40.00", "CNY"), CardExpiry.never()));
    }

    abstract CardReceipt when(Stage s);

    /** One fresh tenant on a storage, with its own clock at the same moment as every other stage. */
    static final class Stage {
        final TenantId tenant;
        final StoredValueService cards;

        Stage(JdbcStorage storage, TenantId tenant) {
            this.tenant = tenant;
            this.cards = Crm.builder().storage(storage).clock(MutableClock.atSomeMoment()).build().storedValue();
        }
    }
}
