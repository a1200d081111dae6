package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CompositeKey}: one list of parts, one key, whatever characters the parts hold. */
class KeysBuiltFromUserIdsTest {

    @Test
    void the_ids_that_collided_when_joined_give_different_keys() {
        // given: customer c with order x/default:y, and customer c/default:x with order y
        String first = CompositeKey.of("order-earned", "c", "default", "x/default:y");
        String second = CompositeKey.of("order-earned", "c/default:x", "default", "y");

        // then
        assertThat(first).isNotEqualTo(second);
        assertThat(first).isEqualTo("order-earned:c:default:x/default\\:y");
        assertThat(second).isEqualTo("order-earned:c/default\\:x:default:y");
    }

    @Test
    void the_escape_character_is_escaped_too() {
        // when / then: without it, "a\" + "b" and "a\:b" would both read a\:b
        assertThat(CompositeKey.of("a\\", "b")).isEqualTo("a\\\\:b");
        assertThat(CompositeKey.of("a\\:b")).isEqualTo("a\\\\\\:b");
        assertThat(CompositeKey.of("a\\", "b")).isNotEqualTo(CompositeKey.of("a\\:b"));
    }

    @Test
    void empty_parts_count_as_parts() {
        // when / then
        assertThat(CompositeKey.of("")).isEmpty();
        assertThat(CompositeKey.of("", "")).isEqualTo(":");
        assertThat(CompositeKey.of("a", "")).isEqualTo("a:");
        assertThat(List.of(CompositeKey.of("a"), CompositeKey.of("a", ""), CompositeKey.of("", "a"), CompositeKey.of("", "", "")))
                .doesNotHaveDuplicates();
    }

    @Test
    void plain_ids_read_as_they_are() {
        // when / then
        assertThat(CompositeKey.of("refunded", "member-0042", "jd-beans", "SO-2025-1")).isEqualTo("refunded:member-0042:jd-beans:SO-2025-1");
    }

    @Test
    void a_key_a_colon_and_a_key_make_the_key_of_all_their_parts() {
        // when / then
        assertThat(CompositeKey.of("growth") + ":" + CompositeKey.of("first-purchase", "c:1", "p"))
                .isEqualTo(CompositeKey.of("growth", "first-purchase", "c:1", "p"));
    }

    @Test
    void a_key_needs_at_least_one_part_and_no_null_part() {
        // when / then
        assertThatThrownBy(CompositeKey::of).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one part");
        assertThatThrownBy(() -> CompositeKey.of("a", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("part 1");
    }

    @Test
    void every_key_reads_back_as_its_parts_so_no_two_lists_share_a_key() {
        // given: short parts from the characters that matter, many times over
        Random random = new Random(19);
        Map<String, List<String>> seen = new HashMap<>();

        for (int run = 0; run < 20_000; run++) {
            List<String> parts = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int p = 0; p < count; p++) {
                StringBuilder part = new StringBuilder();
                int length = random.nextInt(4);
                for (int c = 0; c < length; c++) {
                    part.append("a:\\/".charAt(random.nextInt(4)));
                }
                parts.add(part.toString());
            }

            // when
            String key = CompositeKey.of(parts.toArray(String[]::new));

            // then
            assertThat(read(key)).isEqualTo(parts);
            List<String> earlier = seen.putIfAbsent(key, parts);
            assertThat(earlier == null || earlier.equals(parts)).as("%s and %s share key %s", earlier, parts, key).isTrue();
        }
    }

    /** The decoding the Javadoc describes: a backslash escapes the next character, any other colon ends a part. */
    private static List<String> read(String key) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch == '\\') {
                part.append(key.charAt(++i));
            } else if (ch == ':') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
