package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomerIdsTest {

    @Test
    void ids_get_dense_indices_in_order_of_first_appearance_whatever_their_form() {
        // given numbers (dense path), zero-padded and large numbers, short and long texts (packed and hashed keys)
        CustomerIds ids = new CustomerIds();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(1);
        String[] shapes = {"%d", "%07d", "%d000000000", "c%d", "customer-%d@example.com", "李%d"};

        for (int i = 0; i < 300_000; i++) {
            String id = String.format(shapes[random.nextInt(shapes.length)], random.nextInt(50_000));
            byte[] bytes = ("," + id + ",").getBytes(StandardCharsets.UTF_8);

            // when
            int index = ids.indexOf(bytes, 1, bytes.length - 1);

            // then
            Integer known = expected.putIfAbsent(id, expected.size());
            assertThat(index).as(id).isEqualTo(known == null ? expected.size() - 1 : known);
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        expected.forEach((id, index) -> assertThat(ids.text(index)).isEqualTo(id));
    }

    @Test
    void a_number_and_the_same_number_with_a_leading_zero_are_different_customers() {
        // given
        CustomerIds ids = new CustomerIds();
        byte[] plain = "42".getBytes(StandardCharsets.US_ASCII);
        byte[] padded = "042".getBytes(StandardCharsets.US_ASCII);

        // when
        int first = ids.indexOf(plain, 0, plain.length);
        int second = ids.indexOf(padded, 0, padded.length);

        // then
        assertThat(first).isZero();
        assertThat(second).isEqualTo(1);
        assertThat(ids.text(1)).isEqualTo("042");
    }

    @Test
    void numbers_anywhere_below_the_dense_limit_and_texts_between_them_keep_their_order_and_text() {
        // given numbers from every part of [0, 2^24), the edges too, with text ids in between
        CustomerIds ids = new CustomerIds();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            int pick = random.nextInt(10);
            String id = pick == 0 ? "0" : pick == 1 ? Integer.toString((1 << 24) - 1) : pick == 2 ? "t" + random.nextInt(1_000)
                    : Integer.toString(random.nextInt(1 << 24));
            byte[] bytes = id.getBytes(StandardCharsets.UTF_8);

            // when
            int index = ids.indexOf(bytes, 0, bytes.length);

            // then
            Integer known = expected.putIfAbsent(id, expected.size());
            assertThat(index).as(id).isEqualTo(known == null ? expected.size() - 1 : known);
        }
        expected.forEach((id, index) -> {
            assertThat(ids.text(index)).isEqualTo(id);
            assertThat(ids.length(index)).isEqualTo(id.length());
            assertThat(ids.isNumber(index)).isEqualTo(!id.startsWith("t"));
        });
    }
}
