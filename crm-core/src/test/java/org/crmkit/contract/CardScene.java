package org.crmkit.contract;

import java.util.List;
import org.crmkit.Crm;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.offer.card.TopUpCard;
import org.crmkit.offer.card.TransferBetweenCards;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.spi.CrmStorage;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;

/** A fresh tenant with a movable clock and the stored-value service over a storage under test, and short ways to call it. */
final class CardScene {

    final MutableClock clock = MutableClock.atSomeMoment();
    final TenantId tenant = Tenants.fresh();
    final Crm crm;
    final StoredValueService cards;

    CardScene(CrmStorage storage) {
        crm = Crm.builder().storage(storage).clock(clock).build();
        cards = crm.storedValue();
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    CustomerId customer(String name) {
        return crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName(name).build()).id();
    }

    CardReceipt issue(String cardId, CustomerId owner, String amount) {
        return issue(cardId, owner, cny(amount), CardExpiry.never());
    }

    CardReceipt issue(String cardId, CustomerId owner, Money amount, CardExpiry expiry) {
        return cards.issue(new IssueCard(tenant, "issue-" + cardId, cardId, owner, amount, expiry));
    }

    CardReceipt topUp(String key, String cardId, String amount) {
        return cards.topUp(new TopUpCard(tenant, key, cardId, cny(amount)));
    }

    CardReceipt pay(String key, String cardId, String amount) {
        return cards.pay(new PayWithCard(tenant, key, cardId, "order-" + key, cny(amount)));
    }

    CardReceipt refund(String key, String paymentKey, String amount) {
        return cards.refund(new RefundCardPayment(tenant, key, paymentKey, cny(amount)));
    }

    CardReceipt transfer(String key, String from, String to, String amount) {
        return cards.transfer(new TransferBetweenCards(tenant, key, from, to, cny(amount)));
    }

    Money balance(String cardId) {
        return cards.balance(tenant, cardId);
    }

    /** Every entry of the card, newest first, read page by page. */
    List<CardEntry> entries(String cardId) {
        List<CardEntry> all = new java.util.ArrayList<>();
        Page.forEach(request -> cards.statement(tenant, cardId, request), 7, all::add);
        return all;
    }

    Page<CardEntry> firstPage(String cardId, int limit) {
        return cards.statement(tenant, cardId, PageRequest.first(limit));
    }
}
