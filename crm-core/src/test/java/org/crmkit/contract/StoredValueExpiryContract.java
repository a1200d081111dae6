package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.CardScene.cny;

import java.time.Instant;
import java.util.List;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardEntryType;
import org.crmkit.offer.card.CardExpired;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardRuleException;
import org.crmkit.offer.card.CardStatus;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.shared.DomainEvent;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Expiry by policy, counted in the tenant's zone (Asia/Shanghai, UTC+8): a card is valid through the
 * day N months after issue (or its last top-up) and expires at the next local midnight, when the
 * sharded batch zeroes its balance with an entry, once.
 */
public abstract class StoredValueExpiryContract {

    /** Issued 2025-06-01 10:03 in Shanghai. */
    private static final Instant ISSUED = Instant.parse("2025-06-01T02:03:04Z");
    /** Midnight in Shanghai after 2025-07-01: one month after issue, the first instant the card is expired. */
    private static final Instant ONE_MONTH_LATER = Instant.parse("2025-07-01T16:00:00Z");

    private CardScene scene;

    /** The storage under test; may be shared with other tests (each test uses a fresh tenant). */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        scene = new CardScene(storage());
        scene.clock.set(ISSUED);
        Outboxes.drainAll(storage().outbox());
    }

    @AfterEach
    void drainTheEvents() {
        Outboxes.drainAll(storage().outbox());
    }

    @Test
    void a_card_is_valid_through_the_local_day_n_months_after_issue_and_expires_at_the_next_local_midnight() {
        // given
        scene.issue("M-1", null, cny("80.00"), CardExpiry.monthsAfterIssue(1));
        assertThat(scene.cards.card(scene.tenant, "M-1").orElseThrow().expiresAt()).isEqualTo(ONE_MONTH_LATER);

        // when: one microsecond before local midnight the card still pays and the batch leaves it
        scene.clock.set(ONE_MONTH_LATER.minusNanos(1000));
        scene.pay("last-coffee", "M-1", "30.00");
        expireEveryShard();
        StoredValueCard stillActive = scene.cards.card(scene.tenant, "M-1").orElseThrow();

        // then at midnight it takes nothing more, and the batch zeroes it with one entry
        scene.clock.set(ONE_MONTH_LATER);
        assertThatThrownBy(() -> scene.pay("too-late", "M-1", "1.00")).isInstanceOf(CardRuleException.class)
                .hasMessageContaining("M-1").hasMessageContaining("expired");
        expireEveryShard();
        StoredValueCard expired = scene.cards.card(scene.tenant, "M-1").orElseThrow();
        assertThat(stillActive.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(expired.status()).isEqualTo(CardStatus.EXPIRED);
        assertThat(expired.balance()).isEqualTo(cny("0.00"));
        assertThat(expired.expired()).isEqualTo(cny("50.00"));
        assertThat(expired.isConserved()).isTrue();
        assertThat(scene.entries("M-1").get(0)).extracting(CardEntry::type, CardEntry::amount, CardEntry::operationKey)
                .containsExactly(CardEntryType.EXPIRE, cny("50.00"), "expiry:M-1");
        List<DomainEvent> events = Outboxes.drainEventsOf(storage().outbox(), scene.tenant);
        assertThat(events).filteredOn(e -> e instanceof CardExpired).singleElement()
                .satisfies(e -> assertThat(((CardExpired) e).amount()).isEqualTo(cny("50.00")));
    }

    @Test
    void running_the_batch_again_expires_nothing_twice() {
        // given
        scene.issue("T-1", null, cny("10.00"), CardExpiry.monthsAfterIssue(1));
        scene.clock.set(ONE_MONTH_LATER);
        expireEveryShard();

        // when
        expireEveryShard();

        // then
        assertThat(scene.entries("T-1")).extracting(CardEntry::type).containsExactly(CardEntryType.EXPIRE, CardEntryType.ISSUE);
        assertThat(scene.cards.totals(scene.tenant)).singleElement().satisfies(t -> {
            assertThat(t.expired()).isEqualTo(cny("10.00"));
            assertThat(t.isConserved()).isTrue();
        });
    }

    @Test
    void a_top_up_moves_the_expiry_of_a_card_that_expires_after_its_last_top_up_and_not_of_one_that_expires_after_issue() {
        // given
        scene.issue("TOP", null, cny("10.00"), CardExpiry.monthsAfterLastTopUp(1));
        scene.issue("ISSUE", null, cny("10.00"), CardExpiry.monthsAfterIssue(1));

        // when: topped up ten days later, in Shanghai on 2025-06-11
        scene.clock.set(ISSUED.plus(java.time.Duration.ofDays(10)));
        scene.topUp("top-a", "TOP", "5.00");
        scene.topUp("top-b", "ISSUE", "5.00");
        scene.clock.set(ONE_MONTH_LATER);
        expireEveryShard();

        // then
        StoredValueCard moved = scene.cards.card(scene.tenant, "TOP").orElseThrow();
        assertThat(moved.expiresAt()).isEqualTo(Instant.parse("2025-07-11T16:00:00Z"));
        assertThat(moved.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(scene.cards.card(scene.tenant, "ISSUE").orElseThrow().status()).isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void an_expired_card_takes_no_top_up_payment_refund_or_transfer_and_an_empty_one_expires_without_an_entry() {
        // given
        scene.issue("OLD", null, cny("20.00"), CardExpiry.monthsAfterIssue(1));
        scene.issue("EMPTY", null, cny("0.00"), CardExpiry.monthsAfterIssue(1));
        scene.issue("NEW", null, cny("20.00"), CardExpiry.never());
        scene.pay("before", "OLD", "5.00");
        scene.clock.set(ONE_MONTH_LATER);
        expireEveryShard();

        // when / then
        assertThatThrownBy(() -> scene.topUp("k1", "OLD", "1.00")).isInstanceOf(CardRuleException.class);
        assertThatThrownBy(() -> scene.pay("k2", "OLD", "1.00")).isInstanceOf(CardRuleException.class);
        assertThatThrownBy(() -> scene.refund("k3", "before", "1.00")).isInstanceOf(CardRuleException.class);
        assertThatThrownBy(() -> scene.transfer("k4", "NEW", "OLD", "1.00")).isInstanceOf(CardRuleException.class);
        assertThatThrownBy(() -> scene.transfer("k5", "OLD", "NEW", "1.00")).isInstanceOf(CardRuleException.class);
        assertThat(scene.balance("NEW")).isEqualTo(cny("20.00"));
        assertThat(scene.cards.card(scene.tenant, "EMPTY").orElseThrow().status()).isEqualTo(CardStatus.EXPIRED);
        assertThat(scene.entries("EMPTY")).extracting(CardEntry::type).containsExactly(CardEntryType.ISSUE);
    }

    @Test
    void shards_split_the_due_cards_so_that_each_shard_expires_only_its_own() {
        // given
        for (int i = 0; i < 12; i++) {
            scene.issue("SH-" + i, null, cny("1.00"), CardExpiry.monthsAfterIssue(1));
        }
        scene.clock.set(ONE_MONTH_LATER);

        // when
        scene.cards.expireDue(0, 3);

        // then
        for (int i = 0; i < 12; i++) {
            StoredValueCard card = scene.cards.card(scene.tenant, "SH-" + i).orElseThrow();
            boolean inShardZero = StoredValueCard.shardHash(scene.tenant, card.cardId()) % 3 == 0;
            assertThat(card.status()).as(card.cardId()).isEqualTo(inShardZero ? CardStatus.EXPIRED : CardStatus.ACTIVE);
        }
        expireEveryShard();
        assertThat(scene.cards.totals(scene.tenant)).singleElement().satisfies(t -> assertThat(t.expired()).isEqualTo(cny("12.00")));
    }

    private void expireEveryShard() {
        for (int shard = 0; shard < 3; shard++) {
            scene.cards.expireDue(shard, 3);
        }
    }
}
