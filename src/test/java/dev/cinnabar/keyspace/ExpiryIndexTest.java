package dev.cinnabar.keyspace;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The expiry index against a priority-queue model, on the orders deadlines really arrive in. */
class ExpiryIndexTest {

    private record Slot(long deadline, Entry entry) {
    }

    private final ExpiryIndex index = new ExpiryIndex();
    private final PriorityQueue<Slot> model = new PriorityQueue<>(Comparator.comparingLong(Slot::deadline));
    private int created;

    private Entry add(long deadline) {
        Entry e = new Entry(new byte[] {(byte) created}, created++, null);
        e.expireAt = deadline;
        index.add(e, deadline);
        model.add(new Slot(deadline, e));
        return e;
    }

    /** Polls everything due by {@code now}, checking each slot comes out in deadline order. */
    private List<Entry> pollUntil(long now) {
        List<Entry> out = new ArrayList<>();
        while (index.peekDeadline() <= now) {
            Slot expected = model.poll();
            assertThat(index.peekDeadline()).isEqualTo(expected.deadline());
            out.add(index.peekEntry());
            index.poll();
        }
        assertThat(model.isEmpty() ? Long.MAX_VALUE : model.peek().deadline()).isEqualTo(index.peekDeadline());
        assertThat(index.size()).isEqualTo(model.size());
        return out;
    }

    @Test
    void severalTtlsInterleavedComeOutInDeadlineOrder() {
        long[] ttls = {1_000, 10_000, 60_000, 5, 3_600_000};
        Random random = new Random(1);
        for (long now = 0; now < 50_000; now += random.nextInt(3)) {
            add(now + ttls[random.nextInt(ttls.length)]);
            if (random.nextInt(10) == 0) {
                pollUntil(now);
            }
        }
        pollUntil(Long.MAX_VALUE - 1);
        assertThat(index.size()).isZero();
    }

    @Test
    void deadlinesInNoOrderFallBackToTheHeapAndStillComeOutInOrder() {
        Random random = new Random(2);
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 2_000; i++) {
                add(1 + random.nextInt(1_000_000));
            }
            pollUntil(round * 50_000L);
        }
        pollUntil(Long.MAX_VALUE - 1);
    }

    @Test
    void equalDeadlinesAndAClockThatStepsBackAreKeptToo() {
        for (int i = 0; i < 100; i++) {
            add(500);
        }
        for (long d = 400; d < 700; d += 7) {
            add(d);
        }
        add(100);
        assertThat(pollUntil(499)).hasSize(1 + (500 - 400 + 6) / 7);
        assertThat(pollUntil(500)).hasSize(100);
        pollUntil(Long.MAX_VALUE - 1);
    }

    @Test
    void compactionKeepsOneSlotPerLiveDeadlineWhereverItIs() {
        Random random = new Random(3);
        List<Entry> live = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            // Half in order, half anywhere: both runs and the heap hold slots.
            Entry e = add(i % 2 == 0 ? 10_000 + i : 1 + random.nextInt(20_000));
            switch (i % 4) {
                case 0 -> live.add(e);
                case 1 -> e.expireAt = Entry.NO_EXPIRY;
                case 2 -> {
                    index.add(e, e.expireAt);
                    live.add(e);
                }
                default -> e.expireAt += 1;
            }
        }
        index.compact();
        assertThat(index.size()).isEqualTo(live.size());
        List<Entry> polled = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        while (index.size() > 0) {
            assertThat(index.peekDeadline()).isGreaterThanOrEqualTo(previous);
            previous = index.peekDeadline();
            assertThat(index.peekEntry().expireAt).isEqualTo(previous);
            polled.add(index.peekEntry());
            index.poll();
        }
        assertThat(polled).containsExactlyInAnyOrderElementsOf(live);
    }
}
