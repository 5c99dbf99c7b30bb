package dev.cinnabar.command.sort;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The partial quicksort puts every wanted rank in place, whatever the ties and the window. */
class PartialQuickSortTest {

    @Test
    void theWantedRanksMatchAFullSort() {
        Random random = new Random(11);
        Comparator<Integer> order = Comparator.naturalOrder();
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(random.nextBoolean() ? 10 : 300);
            Integer[] items = new Integer[n];
            for (int i = 0; i < n; i++) {
                items[i] = random.nextInt(1 + random.nextInt(n));
            }
            Integer[] expected = items.clone();
            Arrays.sort(expected);
            int first = random.nextInt(n);
            int last = first + random.nextInt(n - first);
            PartialQuickSort.sort(items, order, first, last);
            assertThat(Arrays.copyOfRange(items, first, last + 1))
                    .as("n=%d window=[%d,%d]", n, first, last)
                    .containsExactly(Arrays.copyOfRange(expected, first, last + 1));
        }
    }

    @Test
    void theWholeRangeSortsEverything() {
        Integer[] items = {5, 3, 9, 1, 1, 8, 2, 7, 4, 6, 0, 3, 5, 9, 2, 8, 1, 7, 4, 6, 0, 5, 3, 9, 1, 8, 2, 7, 4, 6, 0,
            5, 3, 9, 1, 8, 2, 7, 4, 6, 0, 5, 3, 9};
        Integer[] expected = items.clone();
        Arrays.sort(expected);
        PartialQuickSort.sort(items, Comparator.naturalOrder(), 0, items.length - 1);
        assertThat(items).containsExactly(expected);
    }
}
