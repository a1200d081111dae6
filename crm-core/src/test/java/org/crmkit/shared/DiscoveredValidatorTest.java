package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

/**
 * {@link CommandValidator#discover} makes the provider's validator once and shares it, so building
 * a {@code Crm} does not bootstrap a validator factory each time; {@link CommandValidator#using}
 * keeps the validator it is given. Each validator still refuses a bad command alone.
 */
class DiscoveredValidatorTest {

    /** A command with one constraint. */
    record Named(@NotNull String name) {}

    @Test
    void every_discovered_validator_asks_the_one_validator_made_first() {
        // when
        CommandValidator first = CommandValidator.discover();
        CommandValidator second = CommandValidator.discover();
        // then
        assertThat(second.validator()).isSameAs(first.validator());
        assertThatThrownBy(() -> second.check(new Named(null))).isInstanceOf(ValidationException.class).hasMessageContaining("name");
    }

    @Test
    void a_validator_given_is_the_one_asked() {
        // given
        jakarta.validation.Validator given = Validation.buildDefaultValidatorFactory().getValidator();
        // when
        CommandValidator using = CommandValidator.using(given);
        // then
        assertThat(using.validator()).isSameAs(given).isNotSameAs(CommandValidator.discover().validator());
    }
}
