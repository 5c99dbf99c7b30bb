package dev.cinnabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestQueueTest {

    @Test
    void keepsOrderAcrossPartialRemovalsAndGrowth() {
        RequestQueue queue = new RequestQueue();
        ArrayDeque<Integer> expected = new ArrayDeque<>();
        Random random = new Random(7);
        int next = 0;
        for (int step = 0; step < 5_000; step++) {
            int adds = random.nextInt(40);
            for (int i = 0; i < adds; i++) {
                queue.add(next);
                expected.addLast(next++);
            }
            assertThat(queue.size()).isEqualTo(expected.size());
            int i = 0;
            for (Integer value : expected) {
                assertThat(queue.get(i++)).isEqualTo(value);
            }
            int removed = expected.isEmpty() ? 0 : random.nextInt(expected.size() + 1);
            queue.removeFirst(removed);
            for (int r = 0; r < removed; r++) {
                expected.removeFirst();
            }
            assertThat(queue.isEmpty()).isEqualTo(expected.isEmpty());
        }
        queue.clear();
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.size()).isZero();
    }

    @Test
    void removedRequestsAreNoLongerReferenced() throws Exception {
        RequestQueue queue = new RequestQueue();
        for (int i = 0; i < 40; i++) {
            queue.add(new byte[][] {new byte[] {(byte) i}});
        }
        queue.removeFirst(25);
        queue.add("after");
        var field = RequestQueue.class.getDeclaredField("items");
        field.setAccessible(true);
        Object[] items = (Object[]) field.get(queue);
        long held = java.util.Arrays.stream(items).filter(java.util.Objects::nonNull).count();
        assertThat(held).isEqualTo(queue.size()).isEqualTo(16);
    }
}
