package dev.cinnabar.keyspace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys that differ in a few bytes anywhere must still spread over the buckets that low hash bits pick. */
class HashingTest {

    private static final int KEYS = 4096;
    private static final int BUCKETS = 4096;

    /** With 4096 keys in 4096 buckets a uniform hash fills about 63% of them, with short chains. */
    private static void assertSpreads(IntFunction<String> keyNamer) {
        int[] buckets = new int[BUCKETS];
        for (int i = 0; i < KEYS; i++) {
            buckets[Hashing.hash(keyNamer.apply(i).getBytes(StandardCharsets.UTF_8)) & (BUCKETS - 1)]++;
        }
        int used = 0;
        int longest = 0;
        for (int b : buckets) {
            used += b > 0 ? 1 : 0;
            longest = Math.max(longest, b);
        }
        assertThat(used).isGreaterThan(BUCKETS * 55 / 100);
        assertThat(longest).isLessThan(12);
    }

    @Test
    void shortKeysDifferingInTheirLastBytes() {
        assertSpreads(i -> "key:" + i);
    }

    @Test
    void plainNumbers() {
        assertSpreads(Integer::toString);
    }

    @Test
    void longKeysDifferingInOneChunk() {
        assertSpreads(i -> "user:session:" + i + ":profile:settings");
    }

    @Test
    void keysDifferingOnlyInLength() {
        assertSpreads("a"::repeat);
    }
}
