package org.crmkit.examples;

import java.time.Instant;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardLiability;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.offer.card.TopUpCard;
import org.crmkit.offer.card.TransferBetweenCards;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/** The README's stored-value example, kept compiling and run by a test. */
public final class StoredValueExample {

    private StoredValueExample() {}

    /** What the example leaves: the gift card's balance and the tenant's liability. */
    public record Outcome(Money giftCardBalance, List<CardLiability> liability, int expired) {}

    /** Runs the example on the in-memory storage. */
    public static Outcome run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage()).build();
        TenantId shop = TenantId.of("my-shop");
        Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        // --- README stored-value example begins
        StoredValueService cards = crm.storedValue();
        cards.issue(new IssueCard(shop, "issue-gc-1", "GC-0001", li.id(), Money.of("500.00", "CNY"),
                CardExpiry.monthsAfterIssue(36)));                           // a gift card, 3 years from issue
        cards.topUp(new TopUpCard(shop, "top-1", "GC-0001", Money.of("100.00", "CNY")));
        cards.pay(new PayWithCard(shop, "pay-1", "GC-0001", "order-7", Money.of("320.00", "CNY")));
        cards.refund(new RefundCardPayment(shop, "refund-1", "pay-1", Money.of("20.00", "CNY")));  // part of order 7
        cards.issue(new IssueCard(shop, "issue-fuel-1", "FUEL-9", li.id(), Money.of("0.00", "CNY"),
                CardExpiry.monthsAfterLastTopUp(12)));                       // a fuel card, a year after its last top-up
        cards.transfer(new TransferBetweenCards(shop, "move-1", "GC-0001", "FUEL-9", Money.of("50.00", "CNY")));
        Money left = cards.balance(shop, "GC-0001");                         // CNY 250.00
        List<CardLiability> owed = cards.liability(shop, Instant.EPOCH, crm.clock().instant().plusSeconds(1));
        int expired = cards.expireDue(0, 1);                                 // the nightly batch: shard 0 of 1
        // --- README stored-value example ends
        System.out.println("gift card " + left + ", owed to card holders " + owed.get(0).outstanding());
        return new Outcome(left, owed, expired);
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run();
    }
}
