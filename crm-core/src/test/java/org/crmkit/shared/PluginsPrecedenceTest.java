package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmkit.tier.spi.TierPolicyFactory;
import org.junit.jupiter.api.Test;

/**
 * One rule for every plug-in type: explicit beats discovered beats built-in. The test class path
 * declares a {@code never-down} tier policy factory in {@code META-INF/services}.
 */
class PluginsPrecedenceTest {

    private static final String DISCOVERED = "never-down";

    @Test
    void explicit_plug_ins_come_first_then_discovered_then_built_in_and_a_taken_name_is_skipped() {
        // given
        List<String> explicit = List.of("mine", "standard");
        List<String> builtIns = List.of("standard", "other");

        // when
        List<String> order = Plugins.all(String.class, "name", s -> s, explicit, builtIns);

        // then: a String has no provider, so nothing is discovered
        assertThat(order).containsExactly("mine", "standard", "other");
    }

    @Test
    void a_discovered_factory_wins_over_a_built_in_of_its_kind_and_loses_to_an_explicit_one() {
        // given
        TierPolicyFactory builtIn = factory(DISCOVERED, "built-in");
        TierPolicyFactory explicit = factory(DISCOVERED, "explicit");

        // when
        List<TierPolicyFactory> withoutExplicit = Plugins.all(TierPolicyFactory.class, "tier policy factory", TierPolicyFactory::kind,
                List.of(), List.of(builtIn));
        List<TierPolicyFactory> withExplicit = Plugins.all(TierPolicyFactory.class, "tier policy factory", TierPolicyFactory::kind,
                List.of(explicit), List.of(builtIn));

        // then
        assertThat(withoutExplicit).hasSize(1).allSatisfy(f -> assertThat(f).isNotSameAs(builtIn));
        assertThat(withExplicit).containsExactly(explicit);
    }

    @Test
    void a_single_plug_in_is_the_explicit_one_else_a_discovered_one_else_the_built_in() {
        assertThat(Plugins.one(TierPolicyFactory.class, "tier policy factory", null, factory("x", "built-in")).kind())
                .isEqualTo(DISCOVERED);
        TierPolicyFactory explicit = factory("y", "explicit");
        assertThat(Plugins.one(TierPolicyFactory.class, "tier policy factory", explicit, factory("x", "built-in"))).isSameAs(explicit);
        assertThat(Plugins.one(Runnable.class, "task", null, () -> { }).getClass().getName()).contains("PluginsPrecedenceTest");
    }

    private static TierPolicyFactory factory(String kind, String name) {
        return new TierPolicyFactory() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public org.crmkit.tier.spi.TierPolicy create(String argument) {
                throw new UnsupportedOperationException(name);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
