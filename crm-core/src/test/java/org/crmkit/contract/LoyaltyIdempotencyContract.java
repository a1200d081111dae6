package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: every operation replayed with its idempotency key returns an equal receipt and
 * writes nothing, even later; the same key with a different request is refused as a conflict.
 * Li starts with 1,000 points, order o-1 of CNY 100 and an open hold of 100.
 */
public abstract class LoyaltyIdempotencyContract extends LoyaltyFixture {

    /** An operation under {@code "op-key"} and a different request under the same key. */
    record Replay(Supplier<PointsReceipt> operation, Supplier<PointsReceipt> differentRequest) {}

    private String holdId;

    @BeforeEach
    void liHasPointsAnOrderAndAHold() {
        define(aProgramme().bonus(BonusEvent.REVIEW, 20));
        grant(li, 1000);
        buy(li, "o-1", "100.00");
        holdId = hold(li, 100).holdId();
    }

    static Stream<Named<Function<LoyaltyIdempotencyContract, Replay>>> operations() {
        return Stream.of(
                named("earn for a purchase", t -> new Replay(
                        () -> t.loyalty.earnForPurchase(t.purchase("o-2", "50.00")),
                        () -> t.loyalty.earnForPurchase(t.purchase("o-2", "60.00")))),
                named("earn a bonus", t -> new Replay(
                        () -> t.loyalty.earnBonus(new EarnBonus(t.tenant, t.li, t.programme.id(), "op-key", BonusEvent.REVIEW, "review-1")),
                        () -> t.loyalty.earnBonus(new EarnBonus(t.tenant, t.li, t.programme.id(), "op-key", BonusEvent.REVIEW, "review-2")))),
                named("grant", t -> new Replay(
                        () -> t.loyalty.grant(new GrantPoints(t.tenant, t.li, t.programme.id(), "op-key", 10, "sorry", null, "agent")),
                        () -> t.loyalty.grant(new GrantPoints(t.tenant, t.han, t.programme.id(), "op-key", 10, "sorry", null, "agent")))),
                named("hold", t -> new Replay(
                        () -> t.loyalty.hold(new HoldPoints(t.tenant, t.li, t.programme.id(), "op-key", 10, "order-9", null, null)),
                        () -> t.loyalty.hold(new HoldPoints(t.tenant, t.li, t.programme.id(), "op-key", 10, "order-9", null,
                                Duration.ofMinutes(1))))),
                named("commit", t -> new Replay(
                        () -> t.loyalty.commit(new CommitHold(t.tenant, "op-key", t.holdId)),
                        () -> t.loyalty.commit(new CommitHold(t.tenant, "op-key", "another-hold")))),
                named("release", t -> new Replay(
                        () -> t.loyalty.release(new ReleaseHold(t.tenant, "op-key", t.holdId)),
                        () -> t.loyalty.commit(new CommitHold(t.tenant, "op-key", t.holdId)))),
                named("redeem", t -> new Replay(
                        () -> t.loyalty.redeem(new RedeemPoints(t.tenant, t.li, t.programme.id(), "op-key", 10, "mug")),
                        () -> t.loyalty.redeem(new RedeemPoints(t.tenant, t.li, t.programme.id(), "op-key", 11, "mug")))),
                named("refund", t -> new Replay(
                        () -> t.loyalty.refund(new RefundOrder(t.tenant, t.li, t.programme.id(), "op-key", "o-1", cny("100.00"), cny("10.00"))),
                        () -> t.loyalty.refund(new RefundOrder(t.tenant, t.li, t.programme.id(), "op-key", "o-1", cny("100.00"), cny("20.00"))))),
                named("transfer", t -> new Replay(
                        () -> t.loyalty.transfer(new TransferPoints(t.tenant, t.li, t.programme.id(), "op-key", t.han, 10, null)),
                        () -> t.loyalty.transfer(new TransferPoints(t.tenant, t.li, t.programme.id(), "op-key", t.han, 10, "gift")))),
                named("adjust", t -> new Replay(
                        () -> t.loyalty.adjust(new AdjustPoints(t.tenant, t.li, t.programme.id(), "op-key", -10, "fix", "ops")),
                        () -> t.loyalty.adjust(new AdjustPoints(t.tenant, t.li, t.programme.id(), "op-key", 10, "fix", "ops")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void a_replay_returns_an_equal_receipt_and_writes_nothing(Function<LoyaltyIdempotencyContract, Replay> scenario) {
        // given
        Replay replay = scenario.apply(this);
        PointsReceipt first = replay.operation().get();
        List<LedgerEntry> lis = statementOf(li);
        List<LedgerEntry> hans = statementOf(han);
        BalanceView lisBalance = balanceOf(li);
        drainLoyaltyEvents();

        // when
        clock.advance(Duration.ofMinutes(1));
        PointsReceipt again = replay.operation().get();

        // then
        assertThat(again).isEqualTo(first);
        assertThat(statementOf(li)).isEqualTo(lis);
        assertThat(statementOf(han)).isEqualTo(hans);
        assertThat(balanceOf(li)).usingRecursiveComparison().ignoringFields("asOf").isEqualTo(lisBalance);
        assertThat(drainLoyaltyEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void the_same_key_with_a_different_request_is_a_conflict_and_writes_nothing(Function<LoyaltyIdempotencyContract, Replay> scenario) {
        // given
        Replay replay = scenario.apply(this);
        replay.operation().get();
        List<LedgerEntry> lis = statementOf(li);
        List<LedgerEntry> hans = statementOf(han);

        // when / then
        assertThatThrownBy(() -> replay.differentRequest().get())
                .isInstanceOf(IdempotencyKeyReusedException.class).isInstanceOf(ConflictException.class)
                .hasMessageContaining("op-key");
        assertThat(statementOf(li)).isEqualTo(lis);
        assertThat(statementOf(han)).isEqualTo(hans);
    }

    @Test
    void a_key_used_by_one_kind_of_operation_cannot_be_reused_by_another() {
        // given
        loyalty.grant(new GrantPoints(tenant, li, programme.id(), "op-key", 10, "sorry", null, "agent"));

        // when / then
        assertThatThrownBy(() -> loyalty.redeem(new RedeemPoints(tenant, li, programme.id(), "op-key", 10, "mug")))
                .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("GRANT");
        assertThat(availableOf(li)).isEqualTo(1010);
    }

    @Test
    void keys_are_unique_per_tenant_so_another_tenant_may_use_the_same_key() {
        // given
        PointsReceipt ours = loyalty.grant(new GrantPoints(tenant, li, programme.id(), "op-key", 10, "sorry", null, "agent"));
        var other = Tenants.fresh();
        var theirProgramme = ProgrammeBuilder.aProgramme(other).build();
        loyalty.defineProgramme(theirProgramme);
        var theirMember = crm.customers().register(RegisterCustomer.of(other, "Zhao", SourceChannel.APP)).id();

        // when
        PointsReceipt theirs = loyalty.grant(new GrantPoints(other, theirMember, theirProgramme.id(), "op-key", 77, "welcome", null, "agent"));

        // then
        assertThat(theirs.points()).isEqualTo(77);
        assertThat(theirs).isNotEqualTo(ours);
        assertThat(loyalty.balance(other, theirMember, theirProgramme.id()).available()).isEqualTo(77);
    }

    private PurchaseOrder purchase(String orderId, String paid) {
        return new PurchaseOrder(tenant, li, programme.id(), "op-key", orderId, cny(paid), null, List.of());
    }
}
