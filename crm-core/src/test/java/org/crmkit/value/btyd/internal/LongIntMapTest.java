package org.crmkit.value.btyd.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The map from long keys to dense indices, and the hash it places them by. */
class LongIntMapTest {

    /** Slots of a table for about 1,024 keys, as {@code new LongIntMap(1024)} makes it. */
    private static final int SLOTS = 2048;
    /** Keys hashed: a year and a half of days, as a summary's recencies or ages. */
    private static final int KEYS = 546;

    @Test
    void keys_get_indices_in_order_of_first_insertion_across_growth() {
        // given a map sized for far fewer keys than it gets
        LongIntMap map = new LongIntMap(4);
        long[] keys = new long[10_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Double.doubleToLongBits(i / 7.0);
        }

        // when each key is looked up, and again
        int[] first = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            first[i] = map.indexOf(keys[i]);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            assertThat(map.indexOf(keys[i])).isEqualTo(first[i]);
        }

        // then
        for (int i = 0; i < keys.length; i++) {
            assertThat(first[i]).isEqualTo(i);
        }
        assertThat(map.size()).isEqualTo(keys.length);
        assertThat(map.keysInOrder()).containsExactly(keys);
    }

    @Test
    void doubles_that_differ_in_their_high_bits_only_land_in_as_many_slots_as_random_keys_would() {
        // when the bits of whole days, of weeks (days / 7) and of cents are hashed into a table's slots
        Set<Integer> days = slotsOf(k -> k);
        Set<Integer> weeks = slotsOf(k -> k / 7.0);
        Set<Integer> cents = slotsOf(k -> k * 0.01);

        // then each takes about the 479 slots that 546 random keys would (the product's halves folded without the
        // key's took 1, 7 and 27: every lookup walked one long run of taken slots)
        assertThat(days).hasSizeGreaterThan(440);
        assertThat(weeks).hasSizeGreaterThan(440);
        assertThat(cents).hasSizeGreaterThan(440);
    }

    private static Set<Integer> slotsOf(IntToDoubleFunction value) {
        Set<Integer> slots = new HashSet<>();
        for (int k = 0; k < KEYS; k++) {
            slots.add(LongIntMap.spread(Double.doubleToLongBits(value.applyAsDouble(k))) & (SLOTS - 1));
        }
        return slots;
    }
}
