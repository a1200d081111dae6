package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The stored-value part of a customer's data: the cards they own and every entry of each. It
 * declares no personal-data fields: a card holds ids, amounts, order references, times and the
 * owner's customer id (which stays, as the points account's does, so the money stays accounted
 * for), and no free text. Erasure therefore leaves balances, entries and every total as they were;
 * the liability and conservation figures are the same before and after.
 *
 * <p>Export sections: {@code cards} (each owned card with its balance and totals) and {@code
 * ledger} (every entry of every owned card, newest first, page by page). Bearer cards, issued to
 * no customer, appear in no one's export.
 *
 * @since 0.2
 */
public final class CardPersonalData implements PersonalData {

    private final StoredValueCards cards;

    /** Wires the part to the card port; {@code Crm.privacy()} does this for you. */
    public CardPersonalData(StoredValueCards cards) {
        this.cards = checkNotNull(cards, "cards");
    }

    @Override
    public String context() {
        return "storedValue";
    }

    /** None: see the class comment. */
    @Override
    public List<PersonalField> fields() {
        return List.of();
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        for (StoredValueCard card : cards.cardsOf(tenantId, customerId)) {
            sink.accept(context(), "cards", ExportValues.map(card));
            Page.forEach(request -> cards.statement(tenantId, card.cardId(), request), PageRequest.MAX_LIMIT,
                    entry -> sink.accept(context(), "ledger", ExportValues.map(entry)));
        }
    }

    /** Nothing to erase: see the class comment. */
    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        // no personal fields: the owner's id links the money, and the customer row itself is anonymised by the customer part
    }
}
