package dev.cinnabar.command.set;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class IntsetTest {

    private static List<Long> values(byte[] set) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < Intset.size(set); i++) {
            values.add(Intset.get(set, i));
        }
        return values;
    }

    private static byte[] of(long... values) {
        byte[] set = Intset.EMPTY;
        for (long value : values) {
            set = Intset.add(set, value);
        }
        return set;
    }

    @Test
    void keepsDistinctValuesAscending() {
        byte[] set = of(5, -3, 9, 0, 5, -3);
        assertThat(values(set)).containsExactly(-3L, 0L, 5L, 9L);
        assertThat(Intset.contains(set, 9)).isTrue();
        assertThat(Intset.contains(set, 4)).isFalse();
        assertThat(Intset.size(Intset.EMPTY)).isZero();
    }

    @Test
    void addingAPresentValueOrRemovingAnAbsentOneReturnsTheSameArray() {
        byte[] set = of(1, 2, 3);
        assertThat(Intset.add(set, 2)).isSameAs(set);
        assertThat(Intset.remove(set, 7)).isSameAs(set);
        assertThat(Intset.remove(set, Long.MAX_VALUE)).isSameAs(set);
        byte[] smaller = Intset.remove(set, 2);
        assertThat(smaller).isNotSameAs(set);
        assertThat(values(smaller)).containsExactly(1L, 3L);
        assertThat(values(set)).as("the old blob is untouched").containsExactly(1L, 2L, 3L);
    }

    @Test
    void packsAtTheNarrowestWidthThatHoldsEveryValue() {
        byte[] set = of(1, -32768, 32767);
        assertThat(set).hasSize(1 + 3 * 2);
        set = Intset.add(set, 32768);
        assertThat(set).hasSize(1 + 4 * 4);
        assertThat(values(set)).containsExactly(-32768L, 1L, 32767L, 32768L);
        set = Intset.add(set, Long.MIN_VALUE);
        assertThat(set).hasSize(1 + 5 * 8);
        assertThat(values(set)).containsExactly(Long.MIN_VALUE, -32768L, 1L, 32767L, 32768L);
        set = Intset.remove(set, Long.MIN_VALUE);
        assertThat(set).as("removing never narrows").hasSize(1 + 4 * 8);
        assertThat(Intset.contains(set, 32768)).isTrue();
    }

    @Test
    void anUpgradingValueGoesFirstWhenNegativeAndLastWhenPositive() {
        assertThat(values(of(1, 2, -40000))).containsExactly(-40000L, 1L, 2L);
        assertThat(values(of(1, 2, 40000))).containsExactly(1L, 2L, 40000L);
        assertThat(values(of(70000, 5_000_000_000L))).containsExactly(70000L, 5_000_000_000L);
    }

    @Test
    void valuesOutsideTheWidthAreNeverFound() {
        byte[] set = of(-1, 0, 1);
        assertThat(Intset.contains(set, 65535)).isFalse();
        assertThat(Intset.contains(set, -65537)).isFalse();
        assertThat(Intset.contains(set, Long.MAX_VALUE)).isFalse();
    }

    @Test
    void removeAtDropsTheValueAtThatIndex() {
        byte[] set = of(10, 20, 30);
        assertThat(values(Intset.removeAt(set, 0))).containsExactly(20L, 30L);
        assertThat(values(Intset.removeAt(set, 1))).containsExactly(10L, 30L);
        assertThat(values(Intset.removeAt(set, 2))).containsExactly(10L, 20L);
        assertThat(Intset.size(Intset.removeAt(of(4), 0))).isZero();
    }

    @Test
    void agreesWithATreeSetUnderRandomAddsAndRemoves() {
        Random random = new Random(42);
        long[] magnitudes = {100, 40_000, 3_000_000_000L, Long.MAX_VALUE};
        byte[] set = Intset.EMPTY;
        TreeSet<Long> expected = new TreeSet<>();
        for (int i = 0; i < 20_000; i++) {
            long bound = magnitudes[random.nextInt(i < 10_000 ? 1 : magnitudes.length)];
            long value = random.nextLong() % bound;
            if (random.nextInt(3) == 0) {
                byte[] after = Intset.remove(set, value);
                assertThat(after != set).isEqualTo(expected.remove(value));
                set = after;
            } else {
                byte[] after = Intset.add(set, value);
                assertThat(after != set).isEqualTo(expected.add(value));
                set = after;
            }
            assertThat(Intset.contains(set, value)).isEqualTo(expected.contains(value));
        }
        assertThat(values(set)).containsExactlyElementsOf(expected);
    }
}
