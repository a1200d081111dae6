package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crmkit.contract.CardLedgerModel.Card;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.CardStatus;
import org.crmkit.offer.card.CardTotals;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.offer.card.TopUpCard;
import org.crmkit.offer.card.TransferBetweenCards;
import org.crmkit.shared.Money;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The stored-value ledger's invariants as a model-based property (QuickTheories). Random sequences
 * of issues (CNY and JPY cards, each expiry kind), top-ups, payments, partial refunds, transfers,
 * clock moves of hours to weeks, expiry runs and replays of earlier operations run against the
 * storage and against an independent {@link CardLedgerModel}, each in a fresh tenant. After every
 * step:
 *
 * <ol>
 *   <li>every card's balance, status, expiry and totals are the model's, and the balance is never negative;
 *   <li>every entry read before is still there, unchanged, and each card has exactly the model's number of entries;
 *   <li>every card is conserved, and so is the tenant per currency: issued + top-ups = payments - refunds + expired + balances;
 *   <li>an operation refused by the model is refused with the same exception, and replaying an
 *       earlier operation returns its first receipt and changes nothing.
 * </ol>
 *
 * A failure prints the shrunk sequence of steps and the seed; {@code -Dcrmkit.seed=<seed>} replays it.
 */
public abstract class StoredValueInvariantsContract {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final int MAX_CARDS = 5;

    /** The storage under test; may be shared with other tests (each example uses a fresh tenant). */
    protected abstract CrmStorage storage();

    /** Random sequences to run. */
    protected int examples() {
        return 40;
    }

    /** One step: what to do, on which cards, with how many units, and a number for every other choice. */
    record Step(int kind, int a, int b, int units, int extra) {
        static final String[] KINDS = {"issue", "top-up", "pay", "pay", "refund", "transfer", "advance", "expire", "replay"};

        @Override
        public String toString() {
            return KINDS[kind] + "(" + a + "," + b + "," + units + "," + extra + ")";
        }
    }

    static Gen<List<Step>> sequences() {
        Gen<Step> step = integers().between(0, Step.KINDS.length - 1).zip(integers().between(0, 5), integers().between(0, 5),
                integers().between(1, 30_000), integers().between(0, 59), Step::new);
        return lists().of(step).ofSizeBetween(1, 30);
    }

    @AfterEach
    void drainTheEventsOfTheRuns() {
        Outboxes.drainAll(storage().outbox());
    }

    @Test
    void every_step_of_random_sequences_keeps_the_invariants_and_matches_the_reference_model() {
        long seed = Long.getLong("crmkit.seed", 20_261_204L);
        qt().withFixedSeed(seed).withExamples(examples()).withShrinkCycles(30).forAll(sequences()).checkAssert(this::run);
    }

    private void run(List<Step> steps) {
        Run run = new Run(new CardScene(storage()));
        for (Step step : steps) {
            run.apply(step);
            run.check(step);
        }
        Outboxes.drainAll(storage().outbox());
    }

    /** One sequence against the storage and the model. */
    private static final class Run {
        private final CardScene scene;
        private final CardLedgerModel model;
        private final List<Supplier<CardReceipt>> done = new ArrayList<>();
        private final List<CardReceipt> receipts = new ArrayList<>();
        private final Map<String, List<CardEntry>> seen = new HashMap<>();
        private final List<String> paymentKeys = new ArrayList<>();
        private int operations;

        Run(CardScene scene) {
            this.scene = scene;
            this.model = new CardLedgerModel(scene.clock.instant());
        }

        void apply(Step s) {
            String key = "op-" + operations++;
            switch (s.kind()) {
                case 0 -> issue(s, key);
                case 1 -> withCard(s, card -> {
                    Money amount = amount(s, card.currency);
                    expect(model.topUp(card, amount.amount(), amount.currency()),
                            () -> scene.cards.topUp(new TopUpCard(scene.tenant, key, card.id, amount)), s);
                });
                case 2, 3 -> withCard(s, card -> {
                    Money amount = amount(s, card.currency);
                    Class<? extends RuntimeException> expected = model.pay(key, card, amount.amount(), amount.currency());
                    if (expected == null) {
                        paymentKeys.add(key);
                    }
                    expect(expected, () -> scene.cards.pay(new PayWithCard(scene.tenant, key, card.id, "order-" + key, amount)), s);
                });
                case 4 -> {
                    String paymentKey = paymentKeys.isEmpty() || s.extra() % 13 == 12 ? "no-such-payment" : paymentKeys.get(s.b() % paymentKeys.size());
                    CardLedgerModel.Payment payment = model.payments.get(paymentKey);
                    Currency currency = payment == null ? CNY : payment.card().currency;
                    Money amount = amount(new Step(s.kind(), s.a(), s.b(), s.units() % 4000 + 1, s.extra()), currency);
                    expect(model.refund(payment, amount.amount(), amount.currency()),
                            () -> scene.cards.refund(new RefundCardPayment(scene.tenant, key, paymentKey, amount)), s);
                }
                case 5 -> withCard(s, from -> {
                    Card to = model.cards.get(s.b() % model.cards.size());
                    Money amount = amount(s, from.currency);
                    expect(model.transfer(from, to, amount.amount(), amount.currency()),
                            () -> scene.cards.transfer(new TransferBetweenCards(scene.tenant, key, from.id, to.id, amount)), s);
                });
                case 6 -> {
                    scene.clock.advance(Duration.ofHours(s.extra() * 12L + s.a()));
                    model.now = scene.clock.instant();
                }
                case 7 -> {
                    scene.cards.expireDue(s.a() % 2, 2);
                    scene.cards.expireDue((s.a() + 1) % 2, 2);
                    model.expireDue();
                }
                default -> replay(s);
            }
        }

        private void issue(Step s, String key) {
            if (model.cards.size() >= MAX_CARDS) {
                return;
            }
            String id = "M-" + model.cards.size();
            Currency currency = s.extra() % 4 == 3 ? JPY : CNY;
            CardExpiry expiry = switch (s.extra() % 3) {
                case 0 -> CardExpiry.never();
                case 1 -> CardExpiry.monthsAfterIssue(1 + s.a() % 3);
                default -> CardExpiry.monthsAfterLastTopUp(1 + s.b() % 3);
            };
            Money initial = amount(s, currency);
            model.cards.add(new Card(id, initial.currency(), expiry, model.now, initial.amount()));
            expect(null, () -> scene.cards.issue(new IssueCard(scene.tenant, key, id, null, initial, expiry)), s);
        }

        private void withCard(Step s, java.util.function.Consumer<Card> action) {
            if (!model.cards.isEmpty()) {
                action.accept(model.cards.get(s.a() % model.cards.size()));
            }
        }

        /** {@code units} cents, or yen; one step in ten names the other currency. */
        private static Money amount(Step s, Currency cardCurrency) {
            Currency currency = s.extra() % 10 == 9 ? (cardCurrency.equals(CNY) ? JPY : CNY) : cardCurrency;
            return Money.of(currency.equals(JPY) ? BigDecimal.valueOf(s.units()) : BigDecimal.valueOf(s.units(), 2), currency);
        }

        private void expect(Class<? extends RuntimeException> expected, Supplier<CardReceipt> call, Step s) {
            CardReceipt receipt = null;
            RuntimeException thrown = null;
            try {
                receipt = call.get();
            } catch (RuntimeException e) {
                thrown = e;
            }
            if (expected == null) {
                assertThat(thrown).as("%s must succeed", s).isNull();
                done.add(call);
                receipts.add(receipt);
            } else {
                assertThat(thrown).as("%s must be refused", s).isInstanceOf(expected);
            }
        }

        private void replay(Step s) {
            if (done.isEmpty()) {
                return;
            }
            int i = (s.a() * 7 + s.b() + s.units()) % done.size();
            Map<String, List<CardEntry>> before = new HashMap<>();
            model.cards.forEach(c -> before.put(c.id, scene.entries(c.id)));
            assertThat(done.get(i).get()).as("replay of %s", receipts.get(i).operationKey()).isEqualTo(receipts.get(i));
            model.cards.forEach(c -> assertThat(scene.entries(c.id)).as("entries of %s after a replay", c.id).isEqualTo(before.get(c.id)));
        }

        void check(Step s) {
            Map<Currency, BigDecimal> balances = new HashMap<>();
            for (Card card : model.cards) {
                StoredValueCard stored = scene.cards.card(scene.tenant, card.id).orElseThrow();
                String at = card.id + " after " + s;
                assertThat(stored.balance()).as("balance of " + at).isEqualTo(Money.of(card.balance, card.currency));
                assertThat(stored.balance().isNegative()).isFalse();
                assertThat(stored.status()).as("status of " + at).isEqualTo(card.expired ? CardStatus.EXPIRED : CardStatus.ACTIVE);
                assertThat(stored.expiresAt()).as("expiry of " + at).isEqualTo(card.expiresAt);
                assertThat(List.of(stored.issued(), stored.toppedUp(), stored.paid(), stored.refunded(), stored.expired(),
                        stored.transferredIn(), stored.transferredOut())).as("totals of " + at)
                        .isEqualTo(List.of("issued", "toppedUp", "paid", "refunded", "expired", "transferredIn", "transferredOut").stream()
                                .map(t -> Money.of(card.total(t), card.currency)).toList());
                assertThat(stored.isConserved()).as("conservation of " + at).isTrue();
                List<CardEntry> entries = scene.entries(card.id);
                assertThat(entries).as("entries of " + at).hasSize(card.entries);
                List<CardEntry> earlier = seen.getOrDefault(card.id, List.of());
                assertThat(entries.subList(entries.size() - earlier.size(), entries.size())).as("earlier entries of " + at).isEqualTo(earlier);
                assertThat(entries).allSatisfy(e -> assertThat(e.balanceAfter().isNegative()).isFalse());
                seen.put(card.id, entries);
                balances.merge(card.currency, card.balance, BigDecimal::add);
            }
            List<CardTotals> totals = scene.cards.totals(scene.tenant);
            assertThat(totals).as("currencies after %s", s).hasSize(balances.size());
            for (CardTotals t : totals) {
                assertThat(t.isConserved()).as("%s conserved after %s", t.currency(), s).isTrue();
                assertThat(t.balance()).as("%s outstanding after %s", t.currency(), s).isEqualTo(Money.of(balances.get(t.currency()), t.currency()));
            }
        }
    }
}
