package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.crmkit.contract.CardScene.cny;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardEntryType;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardIssued;
import org.crmkit.offer.card.CardLiability;
import org.crmkit.offer.card.CardPaid;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.CardRefunded;
import org.crmkit.offer.card.CardRuleException;
import org.crmkit.offer.card.CardStatus;
import org.crmkit.offer.card.CardToppedUp;
import org.crmkit.offer.card.CardTotals;
import org.crmkit.offer.card.CardTransferred;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored-value cards through the public API: issue, top-up, pay, partial refunds, transfers,
 * replays, statements, events, the liability report and the privacy export, each checked against
 * the balances, entries and totals it must leave.
 */
public abstract class StoredValueOperationsContract {

    private CardScene scene;

    /** The storage under test; may be shared with other tests (each test uses a fresh tenant). */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        Outboxes.drainAll(storage().outbox());
        scene = new CardScene(storage());
    }

    @AfterEach
    void drainTheEvents() {
        Outboxes.drainAll(storage().outbox());
    }

    @Test
    void issuing_a_card_gives_it_its_initial_balance_an_issue_entry_and_its_owner() {
        // given
        CustomerId li = scene.customer("Li");

        // when
        CardReceipt receipt = scene.issue("JD-0001", li, "500.00");

        // then
        StoredValueCard card = scene.cards.card(scene.tenant, "JD-0001").orElseThrow();
        assertThat(card.balance()).isEqualTo(cny("500.00"));
        assertThat(card.customerId()).isEqualTo(li);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.expiresAt()).isNull();
        assertThat(card.version()).isEqualTo(1);
        assertThat(receipt.operation()).isEqualTo("ISSUE");
        assertThat(receipt.balanceAfter()).isEqualTo(cny("500.00"));
        assertThat(scene.entries("JD-0001")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CardEntryType.ISSUE);
            assertThat(e.amount()).isEqualTo(cny("500.00"));
            assertThat(e.entryId()).isEqualTo(receipt.entryIds().get(0));
        });
        assertThat(scene.cards.cardsOf(scene.tenant, li)).extracting(StoredValueCard::cardId).containsExactly("JD-0001");
    }

    @Test
    void a_bearer_gift_card_belongs_to_no_one_and_an_e_account_may_start_empty() {
        // given
        CustomerId li = scene.customer("Li");

        // when
        scene.issue("GIFT-1", null, "200.00");
        scene.issue("E-ACCOUNT-1", li, "0.00");

        // then
        assertThat(scene.cards.card(scene.tenant, "GIFT-1").orElseThrow().customerId()).isNull();
        assertThat(scene.balance("E-ACCOUNT-1")).isEqualTo(cny("0.00"));
        assertThat(scene.entries("E-ACCOUNT-1")).extracting(CardEntry::type, CardEntry::amount)
                .containsExactly(tuple(CardEntryType.ISSUE, cny("0.00")));
        assertThat(scene.cards.cardsOf(scene.tenant, li)).extracting(StoredValueCard::cardId).containsExactly("E-ACCOUNT-1");
    }

    @Test
    void top_ups_payments_and_refunds_each_write_one_entry_and_keep_the_card_conserved() {
        // given
        scene.issue("FUEL-7", null, "100.00");

        // when
        scene.topUp("top-1", "FUEL-7", "50.00");
        CardReceipt paid = scene.pay("pay-1", "FUEL-7", "120.50");
        CardReceipt refunded = scene.refund("refund-1", "pay-1", "20.50");

        // then
        assertThat(paid.balanceAfter()).isEqualTo(cny("29.50"));
        assertThat(refunded.balanceAfter()).isEqualTo(cny("50.00"));
        assertThat(scene.entries("FUEL-7")).extracting(CardEntry::sequence, CardEntry::type, CardEntry::amount, CardEntry::balanceAfter)
                .containsExactly(
                        tuple(4L, CardEntryType.REFUND, cny("20.50"), cny("50.00")),
                        tuple(3L, CardEntryType.PAY, cny("120.50"), cny("29.50")),
                        tuple(2L, CardEntryType.TOP_UP, cny("50.00"), cny("150.00")),
                        tuple(1L, CardEntryType.ISSUE, cny("100.00"), cny("100.00")));
        StoredValueCard card = scene.cards.card(scene.tenant, "FUEL-7").orElseThrow();
        assertThat(List.of(card.issued(), card.toppedUp(), card.paid(), card.refunded()))
                .containsExactly(cny("100.00"), cny("50.00"), cny("120.50"), cny("20.50"));
        assertThat(card.isConserved()).isTrue();
        assertThat(scene.cards.payment(scene.tenant, "pay-1").orElseThrow().refunded()).isEqualTo(cny("20.50"));
    }

    @Test
    void partial_refunds_of_one_payment_together_never_give_back_more_than_it_took() {
        // given
        scene.issue("JD-2", null, "100.00");
        scene.pay("pay-2", "JD-2", "50.00");
        scene.refund("refund-a", "pay-2", "30.00");
        scene.refund("refund-b", "pay-2", "20.00");

        // when / then
        assertThatThrownBy(() -> scene.refund("refund-c", "pay-2", "0.01")).isInstanceOf(CardRuleException.class)
                .hasMessageContaining("CNY 0.01").hasMessageContaining("CNY 0.00");
        assertThat(scene.balance("JD-2")).isEqualTo(cny("100.00"));
        assertThat(scene.entries("JD-2")).hasSize(4);
    }

    @Test
    void a_transfer_moves_the_money_and_writes_one_entry_on_each_card() {
        // given
        CustomerId li = scene.customer("Li");
        scene.issue("A", li, "80.00");
        scene.issue("B", li, "5.00");

        // when
        CardReceipt receipt = scene.transfer("move-1", "A", "B", "30.00");

        // then
        assertThat(receipt.counterpartCardId()).isEqualTo("B");
        assertThat(receipt.entryIds()).hasSize(2);
        assertThat(scene.balance("A")).isEqualTo(cny("50.00"));
        assertThat(scene.balance("B")).isEqualTo(cny("35.00"));
        assertThat(scene.entries("A").get(0)).extracting(CardEntry::type, CardEntry::reference)
                .containsExactly(CardEntryType.TRANSFER_OUT, "B");
        assertThat(scene.entries("B").get(0)).extracting(CardEntry::type, CardEntry::reference)
                .containsExactly(CardEntryType.TRANSFER_IN, "A");
        assertThat(scene.cards.totals(scene.tenant)).singleElement().satisfies(t -> assertThat(t.isConserved()).isTrue());
    }

    @Test
    void replaying_any_operation_returns_its_first_receipt_and_writes_nothing() {
        // given
        scene.issue("R-1", null, "100.00");
        scene.issue("R-2", null, "0.00");
        List<CardReceipt> first = List.of(scene.topUp("t", "R-1", "10.00"), scene.pay("p", "R-1", "40.00"),
                scene.refund("r", "p", "15.00"), scene.transfer("x", "R-1", "R-2", "5.00"));
        scene.clock.advance(Duration.ofMinutes(5));
        List<CardEntry> entries = scene.entries("R-1");
        Outboxes.drainAll(storage().outbox());

        // when
        List<CardReceipt> replayed = List.of(scene.topUp("t", "R-1", "10.00"), scene.pay("p", "R-1", "40.00"),
                scene.refund("r", "p", "15.00"), scene.transfer("x", "R-1", "R-2", "5.00"));
        CardReceipt reissued = scene.issue("R-1", null, "100.00");

        // then
        assertThat(replayed).isEqualTo(first);
        assertThat(reissued.operation()).isEqualTo("ISSUE");
        assertThat(scene.entries("R-1")).isEqualTo(entries);
        assertThat(scene.balance("R-1")).isEqualTo(cny("80.00"));
        assertThat(Outboxes.drainEventsOf(storage().outbox(), scene.tenant)).isEmpty();
    }

    @Test
    void a_key_used_again_with_other_content_is_refused_and_writes_nothing() {
        // given
        scene.issue("K-1", null, "100.00");
        scene.pay("key-1", "K-1", "10.00");

        // when / then
        assertThatThrownBy(() -> scene.pay("key-1", "K-1", "11.00")).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> scene.topUp("key-1", "K-1", "10.00")).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> scene.cards.pay(new PayWithCard(scene.tenant, "key-1", "K-1", "another-order", cny("10.00"))))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(scene.balance("K-1")).isEqualTo(cny("90.00"));
        assertThat(scene.entries("K-1")).hasSize(2);
    }

    @Test
    void card_ids_and_idempotency_keys_belong_to_their_tenant() {
        // given
        CardScene other = new CardScene(storage());
        scene.issue("SAME-ID", null, "100.00");

        // when: the other tenant issues a card of the same id under the same key, and pays with the same key
        other.issue("SAME-ID", null, "7.00");
        scene.pay("same-key", "SAME-ID", "10.00");
        other.pay("same-key", "SAME-ID", "2.00");

        // then
        assertThat(scene.balance("SAME-ID")).isEqualTo(cny("90.00"));
        assertThat(other.balance("SAME-ID")).isEqualTo(cny("5.00"));
        assertThat(scene.entries("SAME-ID")).hasSize(2);
        assertThat(other.entries("SAME-ID")).hasSize(2);
    }

    @Test
    void a_statement_pages_by_keyset_newest_first_without_gaps_or_repeats() {
        // given
        scene.issue("S-1", null, "1000.00");
        for (int i = 1; i <= 24; i++) {
            scene.pay("s-pay-" + i, "S-1", "1.00");
        }

        // when
        Page<CardEntry> first = scene.firstPage("S-1", 10);
        Page<CardEntry> second = scene.cards.statement(scene.tenant, "S-1", PageRequest.after(first.nextCursor().orElseThrow(), 10));
        Page<CardEntry> third = scene.cards.statement(scene.tenant, "S-1", PageRequest.after(second.nextCursor().orElseThrow(), 10));

        // then
        assertThat(first.items()).extracting(CardEntry::sequence).containsExactly(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L);
        assertThat(second.items()).extracting(CardEntry::sequence).containsExactly(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L);
        assertThat(third.items()).extracting(CardEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.items().get(0).balanceAfter()).isEqualTo(cny("996.00"));
    }

    @Test
    void every_operation_publishes_its_event_to_the_outbox() {
        // given
        CustomerId li = scene.customer("Li");
        Outboxes.drainAll(storage().outbox());

        // when
        scene.issue("E-1", li, "100.00");
        scene.issue("E-2", null, "0.00");
        scene.topUp("e-top", "E-1", "10.00");
        scene.pay("e-pay", "E-1", "30.00");
        scene.refund("e-refund", "e-pay", "5.00");
        scene.transfer("e-move", "E-1", "E-2", "7.00");

        // then
        List<DomainEvent> events = Outboxes.drainEventsOf(storage().outbox(), scene.tenant);
        assertThat(events).extracting(DomainEvent::type).containsExactly("CardIssued", "CardIssued", "CardToppedUp", "CardPaid",
                "CardRefunded", "CardTransferred");
        assertThat(events.get(0)).isInstanceOfSatisfying(CardIssued.class, e -> {
            assertThat(e.customerId()).isEqualTo(li);
            assertThat(e.initialBalance()).isEqualTo(cny("100.00"));
            assertThat(e.aggregateId()).isEqualTo("E-1");
        });
        assertThat(events.get(2)).isInstanceOfSatisfying(CardToppedUp.class, e -> assertThat(e.balanceAfter()).isEqualTo(cny("110.00")));
        assertThat(events.get(3)).isInstanceOfSatisfying(CardPaid.class, e -> assertThat(e.orderReference()).isEqualTo("order-e-pay"));
        assertThat(events.get(4)).isInstanceOfSatisfying(CardRefunded.class, e -> assertThat(e.paymentKey()).isEqualTo("e-pay"));
        assertThat(events.get(5)).isInstanceOfSatisfying(CardTransferred.class, e -> {
            assertThat(e.toCardId()).isEqualTo("E-2");
            assertThat(e.amount()).isEqualTo(cny("7.00"));
        });
    }

    @Test
    void the_liability_report_gives_the_outstanding_balance_per_currency_and_what_moved_in_the_period() {
        // given: one card issued before the period, the rest within it
        scene.issue("L-1", null, "300.00");
        scene.clock.advance(Duration.ofDays(1));
        Instant from = scene.clock.instant();
        scene.issue("L-2", null, cny("200.00"), CardExpiry.never());
        scene.cards.issue(new org.crmkit.offer.card.IssueCard(scene.tenant, "issue-yen", "L-JPY", null, Money.of("5000", "JPY"),
                CardExpiry.never()));
        scene.topUp("l-top", "L-1", "50.00");
        scene.pay("l-pay", "L-1", "120.00");
        scene.refund("l-refund", "l-pay", "20.00");
        scene.transfer("l-move", "L-2", "L-1", "10.00");
        scene.clock.advance(Duration.ofHours(1));

        // when
        List<CardLiability> report = scene.cards.liability(scene.tenant, from, scene.clock.instant());

        // then
        assertThat(report).extracting(l -> l.currency().getCurrencyCode()).containsExactly("CNY", "JPY");
        CardLiability yuan = report.get(0);
        assertThat(yuan.cards()).isEqualTo(2);
        assertThat(yuan.outstanding()).isEqualTo(cny("450.00"));
        assertThat(List.of(yuan.issued(), yuan.toppedUp(), yuan.paid(), yuan.refunded(), yuan.expired()))
                .containsExactly(cny("200.00"), cny("50.00"), cny("120.00"), cny("20.00"), cny("0.00"));
        assertThat(report.get(1).outstanding()).isEqualTo(Money.of("5000", "JPY"));
        Map<String, CardTotals> totals = new java.util.HashMap<>();
        scene.cards.totals(scene.tenant).forEach(t -> totals.put(t.currency().getCurrencyCode(), t));
        assertThat(totals.get("CNY").issued()).isEqualTo(cny("500.00"));
        assertThat(totals.values()).allSatisfy(t -> assertThat(t.isConserved()).isTrue());
    }

    @Test
    void an_owner_s_cards_are_in_the_privacy_export_and_erasure_keeps_every_total() {
        // given
        CustomerId li = scene.customer("Li");
        scene.issue("P-1", li, "100.00");
        scene.pay("p-pay", "P-1", "30.00");
        scene.issue("P-GIFT", null, "50.00");
        List<CardTotals> before = scene.cards.totals(scene.tenant);

        // when
        Map<String, Object> export = scene.crm.privacy().exportDocument(scene.tenant, li);
        scene.crm.privacy().erase(scene.tenant, li);

        // then
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> part = (Map<String, List<Map<String, Object>>>) export.get("storedValue");
        assertThat(part.get("cards")).extracting(c -> c.get("cardId")).containsExactly("P-1");
        assertThat(part.get("ledger")).extracting(e -> e.get("type")).containsExactly("PAY", "ISSUE");
        assertThat(scene.cards.totals(scene.tenant)).isEqualTo(before);
        assertThat(scene.balance("P-1")).isEqualTo(cny("70.00"));
        assertThat(scene.cards.cardsOf(scene.tenant, li)).hasSize(1);
    }
}
