package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link StorableValues#scan} names each refused value by its path through records, lists, maps
 * and optionals ({@code items[1].sku}), and names nothing in a command it accepts.
 */
class StorableValuesPathTest {

    record Line(String sku, List<String> notes) {}

    record Order(String id, List<Line> items, Map<String, String> tags, Optional<String> note, Instant at, LocalDate day) {}

    private static final String NUL = "bad\u0000text";

    @Test
    void every_refused_value_is_named_by_its_path_through_the_command() {
        // given text with a NUL at each depth, an instant and a date out of range
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("fine", "ok");
        tags.put("k", NUL);
        Order order = new Order(NUL, List.of(new Line("a", List.of("ok", NUL)), new Line(NUL, List.of())), tags, Optional.of(NUL),
                Instant.parse("0001-01-01T00:00:00Z"), LocalDate.of(1, 1, 1));

        // when
        List<Violation> violations = new ArrayList<>();
        StorableValues.scan("", order, violations);

        // then
        assertThat(violations).extracting(Violation::field)
                .containsExactly("id", "items[0].notes[1]", "items[1].sku", "tags[k]", "note", "at", "day");
    }

    @Test
    void a_path_given_at_the_start_prefixes_every_name_and_a_bare_value_is_called_value() {
        List<Violation> violations = new ArrayList<>();

        StorableValues.scan("order", new Line(NUL, List.of(NUL)), violations);
        StorableValues.scan("", NUL, violations);
        StorableValues.scan("", List.of("ok", NUL), violations);

        assertThat(violations).extracting(Violation::field).containsExactly("order.sku", "order.notes[0]", "value", "[1]");
    }

    @Test
    void a_command_with_nothing_to_refuse_is_named_nowhere() {
        Order order = new Order("o-1", List.of(new Line("a", List.of("b"))), Map.of("k", "v"), Optional.empty(),
                Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 1, 1));
        List<Violation> violations = new ArrayList<>();

        StorableValues.scan("", order, violations);

        assertThat(violations).isEmpty();
    }
}
