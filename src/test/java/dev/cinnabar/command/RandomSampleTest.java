package dev.cinnabar.command;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RandomSampleTest {

    @Test
    void indicesAreDistinctAndInRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int size : new int[] {1, 2, 10, 1000}) {
            for (int count : new int[] {0, 1, size / 2, size - 1, size}) {
                int[] sample = RandomSample.distinct(size, count, random);
                assertThat(sample).hasSize(count);
                assertThat(Arrays.stream(sample).distinct().count()).isEqualTo(count);
                assertThat(Arrays.stream(sample).allMatch(i -> i >= 0 && i < size)).isTrue();
            }
        }
    }

    @Test
    void everyIndexIsAboutEquallyLikely() {
        SplittableRandom random = new SplittableRandom(11);
        int[] hits = new int[20];
        for (int round = 0; round < 20_000; round++) {
            for (int index : RandomSample.distinct(20, 5, random)) {
                hits[index]++;
            }
        }
        // Each index is expected 5000 times; the bounds are over 10 standard deviations wide.
        assertThat(Arrays.stream(hits).min().orElseThrow()).isGreaterThan(4400);
        assertThat(Arrays.stream(hits).max().orElseThrow()).isLessThan(5600);
    }
}
