package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationMessageListsEveryViolationTest {

    @Test
    void the_message_names_the_command_and_lists_every_violation_sorted_by_field() {
        // given
        List<Violation> violations = List.of(
                Violation.of("tags[].<iterable element>", "big spender", "must be letters, digits and . _ : - only"),
                Violation.of("displayName", null, "must not be blank"),
                Violation.of("contacts[0].value", "12", "is not a well-formed mobile"));

        // when
        ValidationException e = new ValidationException("RegisterCustomer", violations);

        // then
        assertThat(e.command()).isEqualTo("RegisterCustomer");
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("contacts[0].value", "displayName", "tags[].<iterable element>");
        assertThat(e.getMessage()).isEqualTo("RegisterCustomer is invalid (3 violations): "
                + "contacts[0].value is not a well-formed mobile (was '12'); "
                + "displayName must not be blank (was null); "
                + "tags[].<iterable element> must be letters, digits and . _ : - only (was 'big spender')");
        assertThat(e).isInstanceOf(CrmException.class);
    }

    @Test
    void one_violation_is_reported_in_the_singular() {
        // when
        ValidationException e = new ValidationException("ChangeTags", List.of(Violation.of("tags", "[]", "must not be empty")));

        // then
        assertThat(e.getMessage()).isEqualTo("ChangeTags is invalid (1 violation): tags must not be empty (was '[]')");
    }

    @Test
    void a_huge_rejected_value_is_abbreviated() {
        // when
        Violation violation = Violation.of("displayName", "x".repeat(10_000), "size must be between 0 and 200");

        // then
        assertThat(violation.invalidValue()).startsWith("x".repeat(80)).endsWith("...(10000 chars)").hasSize(80 + 16);
    }

    @Test
    void abbreviating_never_cuts_a_character_in_half() {
        // given an emoji is two UTF-16 units; an odd cut leaves half of one, which encoders turn into '?'
        String name = "a" + "😀".repeat(5_000);

        // when
        Violation violation = Violation.of("displayName", name, "size must be between 0 and 200");

        // then
        String kept = violation.invalidValue();
        assertThat(kept.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("unpaired surrogates").isEmpty();
    }

    @Test
    void an_exception_without_violations_is_a_programming_error() {
        // when / then
        assertThatThrownBy(() -> new ValidationException("RegisterCustomer", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_listed_violations_cannot_be_changed_by_the_caller() {
        // given
        ValidationException e = new ValidationException("X", new ArrayList<>(List.of(Violation.of("a", 1, "bad"))));

        // when / then
        assertThatThrownBy(() -> e.violations().add(Violation.of("b", 2, "bad"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
