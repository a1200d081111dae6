package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.Customer;
import org.crmkit.customer.IllegalStageTransitionException;
import org.crmkit.customer.LifecycleStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** End to end: every lifecycle move {@link LifecycleStage#next()} allows works, every other is refused. */
public abstract class LifecycleStageContract extends CustomerServiceFixture {

    static Stream<Arguments> legalMoves() {
        return moves(true);
    }

    static Stream<Arguments> illegalMoves() {
        return moves(false);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalMoves")
    void a_legal_move_changes_the_stage_and_the_version(LifecycleStage from, LifecycleStage to) {
        // given
        Customer customer = customers.register(aRegistration().initialStage(from).build());

        // when
        Customer moved = customers.changeStage(new ChangeStage(tenant, customer.id(), to, "campaign result"));

        // then
        assertThat(moved.stage()).isEqualTo(to);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(customers.get(tenant, customer.id())).isEqualTo(moved);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalMoves")
    void an_illegal_move_is_refused_naming_from_to_and_the_allowed_stages(LifecycleStage from, LifecycleStage to) {
        // given
        Customer customer = customers.register(aRegistration().initialStage(from).build());

        // when / then
        assertThatThrownBy(() -> customers.changeStage(ChangeStage.to(tenant, customer.id(), to)))
                .isInstanceOfSatisfying(IllegalStageTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                    assertThat(e.allowed()).isEqualTo(from.next());
                    assertThat(e.getMessage()).contains(from.name(), to.name());
                    from.next().forEach(allowed -> assertThat(e.getMessage()).contains(allowed.name()));
                });
        assertThat(customers.get(tenant, customer.id())).isEqualTo(customer);
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void moving_to_the_current_stage_changes_nothing(LifecycleStage stage) {
        // given
        Customer customer = customers.register(aRegistration().initialStage(stage).build());

        // when
        Customer same = customers.changeStage(ChangeStage.to(tenant, customer.id(), stage));

        // then
        assertThat(same).isEqualTo(customer);
        assertThat(customers.get(tenant, customer.id()).version()).isZero();
    }

    @Test
    void a_churned_customer_becomes_active_again_only_by_being_won_back() {
        // given
        Customer customer = customers.register(aRegistration().initialStage(LifecycleStage.ACTIVE).build());
        customers.changeStage(ChangeStage.to(tenant, customer.id(), LifecycleStage.AT_RISK));
        customers.changeStage(ChangeStage.to(tenant, customer.id(), LifecycleStage.CHURNED));

        // when
        assertThatThrownBy(() -> customers.changeStage(ChangeStage.to(tenant, customer.id(), LifecycleStage.ACTIVE)))
                .isInstanceOf(IllegalStageTransitionException.class);
        customers.changeStage(ChangeStage.to(tenant, customer.id(), LifecycleStage.WON_BACK));
        Customer active = customers.changeStage(ChangeStage.to(tenant, customer.id(), LifecycleStage.ACTIVE));

        // then
        assertThat(active.stage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(active.version()).isEqualTo(4);
    }

    private static Stream<Arguments> moves(boolean legal) {
        return Arrays.stream(LifecycleStage.values()).flatMap(from -> Arrays.stream(LifecycleStage.values())
                .filter(to -> to != from && from.canMoveTo(to) == legal)
                .map(to -> Arguments.of(from, to)));
    }
}
