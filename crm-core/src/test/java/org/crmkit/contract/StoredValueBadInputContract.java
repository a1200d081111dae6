package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.crmkit.contract.CardScene.cny;

import java.util.List;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardRuleException;
import org.crmkit.offer.card.InsufficientCardBalanceException;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.TopUpCard;
import org.crmkit.offer.card.TransferBetweenCards;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input to every card command: invalid and absurd amounts, the wrong currency, unknown and
 * foreign cards and payments, refunds beyond the payment, transfers to the same card. Each is
 * refused with the documented exception, naming what was wrong, and leaves the cards, entries and
 * outbox exactly as they were.
 */
public abstract class StoredValueBadInputContract {

    private static final Money ABSURD = cny("1000000000000.01");

    private CardScene scene;
    private List<CardEntry> entriesBefore;

    /** The storage under test; may be shared with other tests (each test uses a fresh tenant). */
    protected abstract CrmStorage storage();

    @BeforeEach
    void issueTwoCards() {
        scene = new CardScene(storage());
        scene.issue("C-1", null, "100.00");
        scene.issue("C-2", null, "10.00");
        scene.pay("paid", "C-1", "40.00");
        Outboxes.drainAll(storage().outbox());
        entriesBefore = scene.entries("C-1");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(scene.entries("C-1")).isEqualTo(entriesBefore);
        assertThat(scene.balance("C-1")).isEqualTo(cny("60.00"));
        assertThat(scene.balance("C-2")).isEqualTo(cny("10.00"));
        assertThat(Outboxes.drainEventsOf(storage().outbox(), scene.tenant)).isEmpty();
    }

    @Test
    void zero_negative_and_absurd_amounts_are_refused_naming_the_amount() {
        for (Money bad : List.of(cny("0.00"), cny("-1.00"), ABSURD)) {
            assertViolation(() -> scene.cards.topUp(new TopUpCard(scene.tenant, "k", "C-1", bad)), "amount");
            assertViolation(() -> scene.cards.pay(new PayWithCard(scene.tenant, "k", "C-1", "o-1", bad)), "amount");
            assertViolation(() -> scene.cards.refund(new RefundCardPayment(scene.tenant, "k", "paid", bad)), "amount");
            assertViolation(() -> scene.cards.transfer(new TransferBetweenCards(scene.tenant, "k", "C-1", "C-2", bad)), "amount");
        }
        for (Money bad : List.of(cny("-0.01"), ABSURD)) {
            assertViolation(() -> scene.cards.issue(new IssueCard(scene.tenant, "k", "C-9", null, bad, CardExpiry.never())),
                    "initialBalance");
        }
        assertThat(scene.cards.card(scene.tenant, "C-9")).isEmpty();
    }

    @Test
    void an_amount_with_more_fraction_digits_than_its_currency_cannot_even_be_built() {
        assertThatThrownBy(() -> Money.of("1.001", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 fraction digits");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 0 fraction digits");
    }

    @Test
    void an_amount_in_another_currency_than_the_card_s_is_refused() {
        Money dollars = Money.of("1.00", "USD");
        assertViolation(() -> scene.cards.topUp(new TopUpCard(scene.tenant, "k", "C-1", dollars)), "amount");
        assertViolation(() -> scene.cards.pay(new PayWithCard(scene.tenant, "k", "C-1", "o-1", dollars)), "amount");
        assertViolation(() -> scene.cards.refund(new RefundCardPayment(scene.tenant, "k", "paid", dollars)), "amount");
        scene.cards.issue(new IssueCard(scene.tenant, "issue-usd", "C-USD", null, Money.of("5.00", "USD"), CardExpiry.never()));
        Outboxes.drainAll(storage().outbox());
        assertViolation(() -> scene.cards.transfer(new TransferBetweenCards(scene.tenant, "k", "C-1", "C-USD", cny("1.00"))), "toCardId");
        assertThat(scene.balance("C-USD")).isEqualTo(Money.of("5.00", "USD"));
    }

    @Test
    void an_unknown_card_or_payment_is_not_found() {
        assertThatThrownBy(() -> scene.topUp("k", "NO-SUCH", "1.00")).isInstanceOf(NotFoundException.class).hasMessageContaining("NO-SUCH");
        assertThatThrownBy(() -> scene.pay("k", "NO-SUCH", "1.00")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.transfer("k", "C-1", "NO-SUCH", "1.00")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.refund("k", "no-such-payment", "1.00")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-payment");
        assertThatThrownBy(() -> scene.cards.balance(scene.tenant, "NO-SUCH")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.firstPage("NO-SUCH", 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void another_tenant_s_cards_and_payments_behave_as_unknown() {
        // given
        CardScene other = new CardScene(storage());
        TenantId foreign = other.tenant;

        // when / then: the other tenant names this tenant's cards and payment
        assertThatThrownBy(() -> other.cards.pay(new PayWithCard(foreign, "k", "C-1", "o-1", cny("1.00"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.cards.refund(new RefundCardPayment(foreign, "k", "paid", cny("1.00"))))
                .isInstanceOf(NotFoundException.class);
        other.issue("MINE", null, "10.00");
        assertThatThrownBy(() -> other.cards.transfer(new TransferBetweenCards(foreign, "k", "MINE", "C-1", cny("1.00"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(other.cards.card(foreign, "C-1")).isEmpty();
        assertThat(other.balance("MINE")).isEqualTo(cny("10.00"));
        Outboxes.drainAll(storage().outbox());
    }

    @Test
    void paying_or_transferring_more_than_the_balance_is_refused_naming_both() {
        assertThatThrownBy(() -> scene.pay("k", "C-1", "60.01")).isInstanceOfSatisfying(InsufficientCardBalanceException.class, e -> {
            assertThat(e.requested()).isEqualTo(cny("60.01"));
            assertThat(e.balance()).isEqualTo(cny("60.00"));
        });
        assertThatThrownBy(() -> scene.transfer("k", "C-2", "C-1", "10.01")).isInstanceOf(InsufficientCardBalanceException.class);
    }

    @Test
    void a_refund_of_more_than_the_payment_took_is_refused() {
        assertThatThrownBy(() -> scene.refund("k", "paid", "40.01")).isInstanceOf(CardRuleException.class)
                .hasMessageContaining("CNY 40.01").hasMessageContaining("CNY 40.00");
    }

    @Test
    void a_transfer_to_the_same_card_is_refused() {
        assertViolation(() -> scene.transfer("k", "C-1", "C-1", "1.00"), "toCardId");
    }

    @Test
    void every_broken_constraint_of_one_command_is_listed_at_once() {
        Throwable thrown = catchThrowable(() -> scene.cards.pay(new PayWithCard(scene.tenant, "has space", "", "o-1", cny("-5.00"))));
        assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                .contains("idempotencyKey", "cardId", "amount"));
    }

    @Test
    void an_expiry_policy_with_months_that_do_not_suit_it_is_refused() {
        assertViolation(() -> scene.cards.issue(new IssueCard(scene.tenant, "k1", "X-1", null, cny("1.00"),
                new CardExpiry(CardExpiry.Kind.NEVER, 3))), "expiry");
        assertViolation(() -> scene.cards.issue(new IssueCard(scene.tenant, "k2", "X-2", null, cny("1.00"),
                CardExpiry.monthsAfterIssue(0))), "expiry");
        assertViolation(() -> scene.cards.issue(new IssueCard(scene.tenant, "k3", "X-3", null, cny("1.00"),
                CardExpiry.monthsAfterIssue(1201))), "expiry.months");
    }

    @Test
    void a_card_for_an_unknown_owner_or_under_a_taken_id_is_refused() {
        assertThatThrownBy(() -> scene.cards.issue(new IssueCard(scene.tenant, "k1", "X-1", CustomerId.of("nobody"), cny("1.00"),
                CardExpiry.never()))).isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> scene.cards.issue(new IssueCard(scene.tenant, "k2", "C-1", null, cny("1.00"), CardExpiry.never())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("C-1");
        assertThat(scene.cards.card(scene.tenant, "X-1")).isEmpty();
    }

    private static void assertViolation(Runnable call, String field) {
        assertThat(catchThrowable(call::run)).as("refusal naming %s", field)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).contains(field));
    }
}
