package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: every ledger command refuses bad input — zero, negative and overflowing amounts, bad
 * idempotency keys, unknown members, programmes and holds — with one clear exception, and writes
 * nothing. Li starts with 1,000 points and an open hold of 100; the balance is checked after each
 * refusal.
 */
public abstract class LoyaltyBadInputContract extends LoyaltyFixture {

    private static final long TOO_MANY = 1_000_000_000_001L;

    /** A command of Li's (or of {@code who}) in {@code programmeId} under {@code key}. */
    @FunctionalInterface
    interface Call {
        Object run(LoyaltyBadInputContract t, CustomerId who, ProgrammeId programmeId, String key);
    }

    private String holdId;
    private List<LedgerEntry> statementBefore;

    @BeforeEach
    void liHasPointsAndAHold() {
        define(aProgramme().bonus(BonusEvent.REVIEW, 20));
        grant(li, 1000);
        holdId = hold(li, 100).holdId();
        statementBefore = statementOf(li);
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(statementOf(li)).isEqualTo(statementBefore);
        assertThat(balanceOf(li).available()).isEqualTo(900);
        assertThat(balanceOf(li).held()).isEqualTo(100);
    }

    static Stream<Arguments> badAmounts() {
        return Stream.of(
                arguments(named("hold 0", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, 0, "o", null, null)))), "points"),
                arguments(named("hold -5", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, -5, "o", null, null)))), "points"),
                arguments(named("hold 10^12+1", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, TOO_MANY, "o", null, null)))), "points"),
                arguments(named("hold for 0s", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, 10, "o", null, Duration.ZERO)))), "ttl"),
                arguments(named("hold for -1m", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, 10, "o", null, Duration.ofMinutes(-1))))), "ttl"),
                arguments(named("hold for an order in USD", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, 10, "o", Money.of("50.00", "USD"), null)))), "payable"),
                arguments(named("hold for a negative order", call((t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, 10, "o", cny("-50.00"), null)))), "payable"),
                arguments(named("redeem 0", call((t, w, p, k) -> t.loyalty.redeem(new RedeemPoints(t.tenant, w, p, k, 0, "mug")))), "points"),
                arguments(named("redeem -1", call((t, w, p, k) -> t.loyalty.redeem(new RedeemPoints(t.tenant, w, p, k, -1, "mug")))), "points"),
                arguments(named("redeem 10^12+1", call((t, w, p, k) -> t.loyalty.redeem(new RedeemPoints(t.tenant, w, p, k, TOO_MANY, "mug")))), "points"),
                arguments(named("redeem Long.MAX_VALUE", call((t, w, p, k) -> t.loyalty.redeem(new RedeemPoints(t.tenant, w, p, k, Long.MAX_VALUE, "mug")))), "points"),
                arguments(named("transfer 0", call((t, w, p, k) -> t.loyalty.transfer(new TransferPoints(t.tenant, w, p, k, t.han, 0, null)))), "points"),
                arguments(named("transfer 10^12+1", call((t, w, p, k) -> t.loyalty.transfer(new TransferPoints(t.tenant, w, p, k, t.han, TOO_MANY, null)))), "points"),
                arguments(named("grant 0", call((t, w, p, k) -> t.loyalty.grant(new GrantPoints(t.tenant, w, p, k, 0, "r", null, "a")))), "points"),
                arguments(named("grant -10", call((t, w, p, k) -> t.loyalty.grant(new GrantPoints(t.tenant, w, p, k, -10, "r", null, "a")))), "points"),
                arguments(named("grant 10^12+1", call((t, w, p, k) -> t.loyalty.grant(new GrantPoints(t.tenant, w, p, k, TOO_MANY, "r", null, "a")))), "points"),
                arguments(named("adjust +10^12+1", call((t, w, p, k) -> t.loyalty.adjust(new AdjustPoints(t.tenant, w, p, k, TOO_MANY, "r", "a")))), "delta"),
                arguments(named("adjust -10^12-1", call((t, w, p, k) -> t.loyalty.adjust(new AdjustPoints(t.tenant, w, p, k, -TOO_MANY, "r", "a")))), "delta"),
                arguments(named("adjust Long.MIN_VALUE", call((t, w, p, k) -> t.loyalty.adjust(new AdjustPoints(t.tenant, w, p, k, Long.MIN_VALUE, "r", "a")))), "delta"),
                arguments(named("purchase paying -1.00", call((t, w, p, k) -> t.loyalty.earnForPurchase(new PurchaseOrder(t.tenant, w, p, k, "o-1", cny("-1.00"), null, List.of())))), "paid"),
                arguments(named("purchase paying 10^13", call((t, w, p, k) -> t.loyalty.earnForPurchase(new PurchaseOrder(t.tenant, w, p, k, "o-1", cny("10000000000000.00"), null, List.of())))), "paid"),
                arguments(named("purchase paying 10^20", call((t, w, p, k) -> t.loyalty.earnForPurchase(new PurchaseOrder(t.tenant, w, p, k, "o-1", cny("100000000000000000000.00"), null, List.of())))), "paid"),
                arguments(named("refund of 10^20 of 10^20", call((t, w, p, k) -> t.loyalty.refund(new RefundOrder(t.tenant, w, p, k, "o-1", cny("1E20"), cny("1E20"))))), "orderTotal"),
                arguments(named("refund of -1.00", call((t, w, p, k) -> t.loyalty.refund(new RefundOrder(t.tenant, w, p, k, "o-1", cny("100.00"), cny("-1.00"))))), "refunded"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badAmounts")
    void bad_amounts_are_refused_naming_the_field(Call call, String field) {
        // when
        var error = validationErrorOf(() -> call.run(this, li, programme.id(), key("bad")));

        // then
        assertThat(fieldsOf(error)).contains(field);
    }

    static Stream<Named<Call>> everyCommand() {
        return Stream.of(
                named("earn for a purchase", (t, w, p, k) -> t.loyalty.earnForPurchase(new PurchaseOrder(t.tenant, w, p, k, "o-1", cny("10.00"), null, List.of()))),
                named("earn a bonus", (t, w, p, k) -> t.loyalty.earnBonus(new EarnBonus(t.tenant, w, p, k, BonusEvent.REVIEW, null))),
                named("grant", (t, w, p, k) -> t.loyalty.grant(new GrantPoints(t.tenant, w, p, k, 10, "r", null, "a"))),
                named("hold", (t, w, p, k) -> t.loyalty.hold(new HoldPoints(t.tenant, w, p, k, 10, "o", null, null))),
                named("redeem", (t, w, p, k) -> t.loyalty.redeem(new RedeemPoints(t.tenant, w, p, k, 10, "mug"))),
                named("refund", (t, w, p, k) -> t.loyalty.refund(new RefundOrder(t.tenant, w, p, k, "o-1", cny("10.00"), cny("5.00")))),
                named("transfer", (t, w, p, k) -> t.loyalty.transfer(new TransferPoints(t.tenant, w, p, k, w.equals(t.han) ? t.li : t.han, 10, null))),
                named("adjust", (t, w, p, k) -> t.loyalty.adjust(new AdjustPoints(t.tenant, w, p, k, -10, "r", "a"))));
    }

    static Stream<Named<Call>> everyHoldCommand() {
        return Stream.of(
                named("commit", (t, w, p, k) -> t.loyalty.commit(new CommitHold(t.tenant, k, t.holdId))),
                named("release", (t, w, p, k) -> t.loyalty.release(new ReleaseHold(t.tenant, k, t.holdId))));
    }

    static Stream<Arguments> badKeys() {
        List<String> keys = Arrays.asList("", "   ", "two words", "tab\tkey", "键", "k".repeat(129), null);
        return Stream.concat(everyCommand(), everyHoldCommand())
                .flatMap(command -> keys.stream().map(key -> arguments(command, key == null ? null : named("'" + key + "'", key))));
    }

    @ParameterizedTest(name = "{0} with key {1}")
    @MethodSource("badKeys")
    void bad_idempotency_keys_are_refused(Call call, String key) {
        // when
        var error = validationErrorOf(() -> call.run(this, li, programme.id(), key));

        // then
        assertThat(fieldsOf(error)).contains("idempotencyKey");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void an_unknown_customer_is_not_found(Call call) {
        // given
        CustomerId stranger = CustomerId.of("no-such-member");

        // when / then
        assertThatThrownBy(() -> call.run(this, stranger, programme.id(), key("op")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("customer");
                    assertThat(e.id()).isEqualTo("no-such-member");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void an_unknown_programme_is_not_found(Call call) {
        // when / then
        assertThatThrownBy(() -> call.run(this, li, ProgrammeId.of("no-such-programme"), key("op")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("programme");
                    assertThat(e.id()).isEqualTo("no-such-programme");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyHoldCommand")
    void an_unknown_hold_is_not_found(Call call) {
        // given
        holdId = "no-such-hold";

        // when / then
        assertThatThrownBy(() -> call.run(this, li, programme.id(), key("op")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("hold"));
    }

    @Test
    void reads_of_an_unknown_customer_or_programme_are_not_found() {
        // given
        CustomerId stranger = CustomerId.of("no-such-member");
        ProgrammeId noProgramme = ProgrammeId.of("no-such-programme");

        // when / then
        assertThatThrownBy(() -> loyalty.balance(tenant, stranger, programme.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> loyalty.statement(tenant, stranger, programme.id(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> loyalty.quote(tenant, stranger, programme.id(), cny("10.00"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> loyalty.balance(tenant, li, noProgramme)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> loyalty.statement(tenant, li, noProgramme, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> loyalty.quote(tenant, li, noProgramme, cny("10.00"))).isInstanceOf(NotFoundException.class);
    }

    /** Gives a lambda its type inside {@code named(...)}. */
    private static Call call(Call call) {
        return call;
    }
}
