package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: goodwill grants (e.g. from a complaint's resolution) and manual adjustments, each
 * with a mandatory reason and actor; an adjustment never removes more than is available.
 */
public abstract class LoyaltyGrantsAndAdjustmentsContract extends LoyaltyFixture {

    @Test
    void a_grant_is_available_at_once_and_records_reason_actor_and_reference() {
        // when
        PointsReceipt receipt = loyalty.grant(new GrantPoints(tenant, li, programme.id(), "case-7:goodwill", 200,
                "late delivery", "case-7", "agent-42"));

        // then
        assertThat(receipt.operation()).isEqualTo("GRANT");
        assertThat(receipt.availableAfter()).isEqualTo(200);
        assertThat(balanceOf(li).lifetimeEarned()).isEqualTo(200);
        assertThat(statementOf(li)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.EARN);
            assertThat(e.reason()).isEqualTo("late delivery");
            assertThat(e.actor()).isEqualTo("agent-42");
            assertThat(e.reference()).isEqualTo("case-7");
            assertThat(e.operationKey()).isEqualTo("case-7:goodwill");
        });
    }

    @ParameterizedTest(name = "reason ''{0}'', actor ''{1}'' -> {2}")
    @CsvSource(value = {"'', agent-1, reason", "'  ', agent-1, reason", "NULL, agent-1, reason", "sorry, '', actor",
        "sorry, ' ', actor", "sorry, NULL, actor"}, nullValues = "NULL")
    void a_grant_without_a_reason_or_an_actor_is_refused(String reason, String actor, String field) {
        // when
        var error = validationErrorOf(() -> loyalty.grant(new GrantPoints(tenant, li, programme.id(), key("g"), 10, reason, null, actor)));

        // then
        assertThat(fieldsOf(error)).containsExactly(field);
        assertThat(statementOf(li)).isEmpty();
    }

    @ParameterizedTest(name = "reason ''{0}'', actor ''{1}'' -> {2}")
    @CsvSource(value = {"'', agent-1, reason", "NULL, agent-1, reason", "fix, ' ', actor", "fix, NULL, actor"}, nullValues = "NULL")
    void an_adjustment_without_a_reason_or_an_actor_is_refused(String reason, String actor, String field) {
        // given
        grant(li, 100);

        // when
        var error = validationErrorOf(() -> adjust(-10, reason, actor));

        // then
        assertThat(fieldsOf(error)).containsExactly(field);
        assertThat(availableOf(li)).isEqualTo(100);
    }

    @Test
    void a_positive_adjustment_adds_points_with_its_reason_and_actor() {
        // when
        PointsReceipt receipt = adjust(50, "migration from the old system", "ops-1");

        // then
        assertThat(receipt.operation()).isEqualTo("ADJUST");
        assertThat(availableOf(li)).isEqualTo(50);
        assertThat(storedAccountOf(li).adjustedIn()).isEqualTo(50);
        assertThat(balanceOf(li).lifetimeEarned()).as("adjustments are not earnings").isZero();
        assertThat(statementOf(li)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.ADJUST);
            assertThat(e.signedPoints()).isEqualTo(50);
            assertThat(e.reason()).isEqualTo("migration from the old system");
            assertThat(e.actor()).isEqualTo("ops-1");
        });
    }

    @Test
    void a_negative_adjustment_removes_available_points() {
        // given
        grant(li, 100);

        // when
        PointsReceipt receipt = adjust(-30, "duplicate credit", "ops-1");

        // then
        assertThat(receipt.points()).isEqualTo(30);
        assertThat(receipt.availableAfter()).isEqualTo(70);
        assertThat(statementOf(li).get(0).signedPoints()).isEqualTo(-30);
        assertThat(storedAccountOf(li).adjustedOut()).isEqualTo(30);
        assertThat(storedAccountOf(li).isConserved()).isTrue();
    }

    @Test
    void a_negative_adjustment_beyond_the_available_points_is_refused() {
        // given
        grant(li, 100);
        hold(li, 40);
        List<LedgerEntry> before = statementOf(li);

        // when / then
        assertThatThrownBy(() -> adjust(-61, "cleanup", "ops-1")).isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
            assertThat(e.available()).isEqualTo(60);
            assertThat(e.held()).isEqualTo(40);
            assertThat(e.requested()).isEqualTo(61);
        });
        assertThat(statementOf(li)).isEqualTo(before);
        assertThat(adjust(-60, "cleanup", "ops-1").availableAfter()).isZero();
    }

    @Test
    void a_negative_adjustment_of_a_member_without_points_is_refused() {
        // when / then
        assertThatThrownBy(() -> adjust(-1, "cleanup", "ops-1")).isInstanceOf(InsufficientPointsException.class);
        assertThat(storage().pointsLedger().find(accountOf(li))).isEmpty();
    }

    @Test
    void an_adjustment_of_zero_is_refused() {
        // when
        var error = validationErrorOf(() -> adjust(0, "nothing", "ops-1"));

        // then
        assertThat(fieldsOf(error)).containsExactly("delta");
        assertThat(statementOf(li)).isEmpty();
    }

    private PointsReceipt adjust(long delta, String reason, String actor) {
        return loyalty.adjust(new AdjustPoints(tenant, li, programme.id(), key("adjust"), delta, reason, actor));
    }
}
