package dev.cinnabar.command.set;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctSampleTest {

    private final Random random = new Random(7);

    @Test
    void givesDistinctIndexesInRangeWhateverTheRatio() {
        int[][] cases = {{10, 1}, {10, 3}, {10, 4}, {10, 9}, {10, 10}, {1000, 2}, {1000, 333}, {1000, 334}, {1, 1}};
        for (int[] c : cases) {
            for (int round = 0; round < 50; round++) {
                int[] sample = DistinctSample.of(c[0], c[1], random);
                assertThat(sample).as(Arrays.toString(c)).hasSize(c[1]);
                assertThat(Arrays.stream(sample).distinct().count()).isEqualTo(c[1]);
                assertThat(Arrays.stream(sample).allMatch(i -> i >= 0 && i < c[0])).isTrue();
            }
        }
    }

    @Test
    void everyIndexComesUpAcrossManySamples() {
        int[] hits = new int[100];
        for (int round = 0; round < 2000; round++) {
            for (int i : DistinctSample.of(100, 5, random)) {
                hits[i]++;
            }
        }
        assertThat(Arrays.stream(hits).min().orElseThrow()).isPositive();
    }
}
