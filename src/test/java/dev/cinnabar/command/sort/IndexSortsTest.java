package dev.cinnabar.command.sort;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Both sorts of indexes against a plain sort: the partial one puts every wanted rank in place, the merge sort keeps ties in order. */
class IndexSortsTest {

    private static int[] identity(int n) {
        int[] indexes = new int[n];
        Arrays.setAll(indexes, i -> i);
        return indexes;
    }

    private static int[] valuesAt(int[] values, int[] indexes, int from, int to) {
        return Arrays.stream(indexes, from, to).map(i -> values[i]).toArray();
    }

    @Test
    void theWantedRanksMatchAFullSort() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(random.nextBoolean() ? 10 : 300);
            int[] values = random.ints(n, 0, 1 + random.nextInt(n)).toArray();
            int[] expected = values.clone();
            Arrays.sort(expected);
            int first = random.nextInt(n);
            int last = first + random.nextInt(n - first);
            int[] indexes = identity(n);
            PartialQuickSort.sort(indexes, (a, b) -> Integer.compare(values[a], values[b]), first, last);
            assertThat(valuesAt(values, indexes, first, last + 1)).as("n=%d window=[%d,%d]", n, first, last)
                    .containsExactly(Arrays.copyOfRange(expected, first, last + 1));
        }
    }

    @Test
    void theMergeSortIsStable() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(2_000);
            int[] values = random.ints(n, 0, 1 + random.nextInt(50)).toArray();
            int[] indexes = identity(n);
            MergeSort.sort(indexes, (a, b) -> Integer.compare(values[a], values[b]));
            for (int i = 1; i < n; i++) {
                int a = indexes[i - 1];
                int b = indexes[i];
                assertThat(values[a] < values[b] || (values[a] == values[b] && a < b)).as("n=%d at %d", n, i).isTrue();
            }
        }
    }
}
