package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.spi.CursorCodec;
import org.junit.jupiter.api.Test;

/**
 * End to end: the statement lists an account's entries newest first, one page at a time with a
 * cursor; every entry says what moved, why and the balance after it; the balance view shows
 * available, pending, held, debt and lifetime totals.
 */
public abstract class LoyaltyStatementContract extends LoyaltyFixture {

    @Test
    void the_statement_pages_through_the_entries_newest_first() {
        // given
        for (int i = 1; i <= 5; i++) {
            grant(li, i);
            clock.advance(Duration.ofMinutes(1));
        }

        // when
        List<List<Long>> pages = new ArrayList<>();
        Page<LedgerEntry> page = loyalty.statement(tenant, li, programme.id(), PageRequest.first(2));
        pages.add(page.items().stream().map(LedgerEntry::points).toList());
        while (page.hasNext()) {
            page = loyalty.statement(tenant, li, programme.id(), PageRequest.after(page.nextCursor().orElseThrow(), 2));
            pages.add(page.items().stream().map(LedgerEntry::points).toList());
        }

        // then
        assertThat(pages).containsExactly(List.of(5L, 4L), List.of(3L, 2L), List.of(1L));
        assertThat(statementOf(li)).extracting(LedgerEntry::at).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void a_page_that_ends_exactly_at_the_last_entry_has_no_next_cursor() {
        // given
        grant(li, 1);
        grant(li, 2);

        // when
        Page<LedgerEntry> page = loyalty.statement(tenant, li, programme.id(), PageRequest.first(2));

        // then
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void a_cursor_that_this_query_did_not_return_is_refused() {
        // given
        grant(li, 1);

        // when
        var error = validationErrorOf(() -> loyalty.statement(tenant, li, programme.id(),
                PageRequest.after(CursorCodec.encode("not-a-sequence"), 10)));

        // then
        assertThat(fieldsOf(error)).containsExactly("cursor");
    }

    @Test
    void each_entry_says_what_moved_why_by_whom_and_the_balance_after_it() {
        // given
        grant(li, 100);
        buy(li, "o-1", "50.00");
        redeem(li, 30);

        // when
        List<LedgerEntry> statement = statementOf(li);

        // then
        assertThat(statement).extracting(LedgerEntry::type, LedgerEntry::signedPoints, LedgerEntry::availableAfter).containsExactly(
                tuple(EntryType.REDEEM, -30L, 120L),
                tuple(EntryType.EARN, 50L, 150L),
                tuple(EntryType.EARN, 100L, 100L));
        assertThat(statement).allSatisfy(e -> {
            assertThat(e.account()).isEqualTo(accountOf(li));
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.reason()).isNotBlank();
            assertThat(e.actor()).isNotBlank();
            assertThat(e.lots()).isNotEmpty();
        });
        assertThat(statement.get(1).reason()).isEqualTo("purchase");
        assertThat(statement).extracting(LedgerEntry::sequence).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void the_signed_points_of_the_statement_add_up_to_the_balance() {
        // given
        define(aProgramme().pendingFor(Duration.ofDays(7)));
        grant(li, 1000);
        buy(li, "o-1", "200.00");
        String holdId = hold(li, 300).holdId();
        loyalty.commit(new CommitHold(tenant, key("commit"), holdId));
        hold(li, 100);
        redeem(li, 50);
        refund(li, "o-1", "200.00", "50.00");

        // when
        long sum = statementOf(li).stream().mapToLong(LedgerEntry::signedPoints).sum();

        // then
        BalanceView balance = balanceOf(li);
        assertThat(sum).isEqualTo(balance.available() + balance.pending() + balance.held());
    }

    @Test
    void the_balance_view_shows_available_pending_held_and_lifetime_totals() {
        // given
        define(aProgramme().pendingFor(Duration.ofDays(7)));
        grant(li, 1000);
        buy(li, "o-1", "200.00");
        hold(li, 300);
        redeem(li, 100);

        // when
        BalanceView balance = balanceOf(li);

        // then
        assertThat(balance.account()).isEqualTo(accountOf(li));
        assertThat(balance.available()).isEqualTo(600);
        assertThat(balance.pending()).isEqualTo(200);
        assertThat(balance.held()).isEqualTo(300);
        assertThat(balance.debt()).isZero();
        assertThat(balance.lifetimeEarned()).isEqualTo(1200);
        assertThat(balance.lifetimeRedeemed()).isEqualTo(100);
        assertThat(balance.asOf()).isEqualTo(clock.instant());
    }

    @Test
    void the_balance_view_shows_debt_as_a_negative_available_balance() {
        // given
        define(aProgramme().debtPolicy(DebtPolicy.ALLOW_NEGATIVE_BALANCE));
        buy(li, "o-1", "100.00");
        redeem(li, 100);
        refund(li, "o-1", "100.00", "100.00");

        // when
        BalanceView balance = balanceOf(li);

        // then
        assertThat(balance.available()).isEqualTo(-100);
        assertThat(balance.debt()).isEqualTo(100);
        assertThat(balance.lifetimeEarned()).isEqualTo(100);
        assertThat(balance.lifetimeRedeemed()).isEqualTo(100);
    }

    @Test
    void a_member_without_an_account_has_a_zero_balance_and_an_empty_statement_and_reading_opens_nothing() {
        // when
        BalanceView balance = balanceOf(han);
        Page<LedgerEntry> statement = loyalty.statement(tenant, han, programme.id(), PageRequest.first(10));

        // then
        assertThat(balance).usingRecursiveComparison().isEqualTo(new BalanceView(accountOf(han), 0, 0, 0, 0, List.of(), 0, 0,
                clock.instant()));
        assertThat(statement.items()).isEmpty();
        assertThat(statement.hasNext()).isFalse();
        assertThat(storage().pointsLedger().find(accountOf(han))).isEmpty();
    }
}
