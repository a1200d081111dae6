package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: family sharing — points move from one member to another of the same tenant
 * atomically, both sides appear in the ledger, and the received points keep the giver's expiry.
 * Points expire 12 months after earning; Li starts with 300.
 */
public abstract class LoyaltyTransferContract extends LoyaltyFixture {

    private static final Instant LIS_POINTS_EXPIRE = Instant.parse("2026-06-01T02:03:04.123456Z");

    @BeforeEach
    void liHasThreeHundredPointsForTwelveMonths() {
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(12)));
        grant(li, 300);
    }

    @Test
    void a_transfer_moves_points_and_shows_on_both_statements() {
        // when
        PointsReceipt receipt = transfer(li, han, 120);

        // then
        assertThat(receipt.operation()).isEqualTo("TRANSFER");
        assertThat(receipt.availableAfter()).isEqualTo(180);
        assertThat(availableOf(li)).isEqualTo(180);
        assertThat(availableOf(han)).isEqualTo(120);
        LedgerEntry out = statementOf(li).get(0);
        LedgerEntry in = statementOf(han).get(0);
        assertThat(out.type()).isEqualTo(EntryType.TRANSFER_OUT);
        assertThat(out.signedPoints()).isEqualTo(-120);
        assertThat(out.reference()).isEqualTo(han.value());
        assertThat(in.type()).isEqualTo(EntryType.TRANSFER_IN);
        assertThat(in.signedPoints()).isEqualTo(120);
        assertThat(in.reference()).isEqualTo(li.value());
        assertThat(receipt.entryIds()).containsExactly(out.entryId(), in.entryId());
        assertThat(storedAccountOf(li).transferredOut()).isEqualTo(120);
        assertThat(storedAccountOf(han).transferredIn()).isEqualTo(120);
        assertThat(storedAccountOf(han).isConserved()).isTrue();
    }

    @Test
    void received_points_keep_the_givers_expiry_and_expire_together_with_the_givers() {
        // given
        transfer(li, han, 120);
        clock.advance(Duration.ofDays(30));
        grant(han, 100);

        // when
        clock.set(LIS_POINTS_EXPIRE.minusSeconds(1));
        long hansJustBefore = availableOf(han);
        clock.set(LIS_POINTS_EXPIRE);

        // then
        assertThat(hansJustBefore).isEqualTo(220);
        assertThat(availableOf(li)).isZero();
        assertThat(availableOf(han)).isEqualTo(100);
        assertThat(statementOf(han).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.EXPIRE);
            assertThat(e.points()).isEqualTo(120);
        });
    }

    @Test
    void the_receiver_spends_received_points_first_when_they_expire_sooner() {
        // given
        clock.advance(Duration.ofDays(30));
        grant(han, 100);
        transfer(li, han, 120);

        // when
        redeem(han, 150);
        clock.set(LIS_POINTS_EXPIRE);

        // then: the 120 received went first, so nothing of them is left to expire
        assertThat(availableOf(han)).isEqualTo(70);
        assertThat(statementOf(han)).extracting(LedgerEntry::type).doesNotContain(EntryType.EXPIRE);
    }

    @Test
    void a_transfer_to_oneself_is_refused() {
        // when
        var error = validationErrorOf(() -> transfer(li, li, 10));

        // then
        assertThat(fieldsOf(error)).containsExactly("recipientId");
        assertThat(statementOf(li)).hasSize(1);
    }

    @Test
    void a_transfer_to_an_unknown_customer_is_refused_and_writes_nothing() {
        // given
        CustomerId stranger = CustomerId.of("no-such-member");

        // when / then
        assertThatThrownBy(() -> transfer(li, stranger, 10)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.id()).isEqualTo("no-such-member"));
        assertThat(availableOf(li)).isEqualTo(300);
        assertThat(statementOf(li)).hasSize(1);
    }

    @Test
    void an_insufficient_transfer_writes_nothing_on_either_side() {
        // given
        List<LedgerEntry> lisBefore = statementOf(li);

        // when / then
        assertThatThrownBy(() -> transfer(li, han, 301)).isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
            assertThat(e.available()).isEqualTo(300);
            assertThat(e.requested()).isEqualTo(301);
        });
        assertThat(statementOf(li)).isEqualTo(lisBefore);
        assertThat(statementOf(han)).isEmpty();
        assertThat(availableOf(han)).isZero();
        assertThat(storage().pointsLedger().find(accountOf(han))).isEmpty();
    }

    @Test
    void transfers_back_and_forth_conserve_points() {
        // given
        grant(han, 300);

        // when
        for (int i = 0; i < 5; i++) {
            transfer(li, han, 10);
            transfer(han, li, 20);
        }

        // then
        assertThat(availableOf(li)).isEqualTo(350);
        assertThat(availableOf(han)).isEqualTo(250);
        assertThat(storedAccountOf(li).isConserved()).isTrue();
        assertThat(storedAccountOf(han).isConserved()).isTrue();
    }

    private PointsReceipt transfer(CustomerId from, CustomerId to, long points) {
        return loyalty.transfer(new TransferPoints(tenant, from, programme.id(), key("transfer"), to, points, "family sharing"));
    }
}
