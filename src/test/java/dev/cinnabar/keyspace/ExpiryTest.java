package dev.cinnabar.keyspace;

import dev.cinnabar.command.FakeClock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Lazy expiry, the expiry index and the reaper, on a fake clock. */
class ExpiryTest {

    private static final long START = 1_700_000_000_000L;

    private final FakeClock clock = new FakeClock(START);
    private final Db db = new Db(16, clock);
    private final Database zero = db.database(0);
    private final ExpiryReaper reaper = new ExpiryReaper(db, mock(TaskScheduler.class));

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private Entry put(String name, long deadline) {
        Entry e = zero.insert(key(name), key("v"));
        zero.expireAt(e, deadline);
        return e;
    }

    /** Runs reaper slices until one finds nothing to do; returns how many slices did work. */
    private int reapAll() {
        int slices = 0;
        while (reaper.runOnce() > 0) {
            slices++;
        }
        return slices;
    }

    @Test
    void aKeyExpiresLazilyOnlyOnceTheClockIsStrictlyPastItsDeadline() {
        put("k", START + 100);
        clock.advance(100);
        assertThat(zero.lookup(key("k"), clock.millis())).isNotNull();
        assertThat(db.expiredKeys()).isZero();
        clock.advance(1);
        assertThat(zero.lookup(key("k"), clock.millis())).isNull();
        assertThat(zero.size()).isZero();
        assertThat(zero.expiringCount()).isZero();
        assertThat(db.expiredKeys()).isEqualTo(1);
    }

    @Test
    void scanForEachAndRandomNeverReturnAnExpiredKey() {
        put("dead", START + 10);
        zero.insert(key("alive"), key("v"));
        clock.advance(11);
        StringBuilder seen = new StringBuilder();
        long cursor = 0;
        do {
            cursor = zero.scan(cursor, clock.millis(), e -> seen.append(new String(e.key(), StandardCharsets.UTF_8)));
        } while (cursor != 0);
        assertThat(seen).hasToString("alive");
        put("dead", START + 10);
        zero.forEach(clock.millis(), e -> assertThat(e.key()).isEqualTo(key("alive")));
        assertThat(db.expiredKeys()).isEqualTo(2);
        put("dead", START + 10);
        for (int i = 0; i < 20; i++) {
            assertThat(zero.random(clock.millis(), new java.util.Random(i)).key()).isEqualTo(key("alive"));
        }
    }

    @Test
    void theReaperDeletesDueKeysButNotKeysAtTheirDeadline() {
        put("due", START + 10);
        put("later", START + 20);
        clock.advance(10);
        assertThat(reaper.runOnce()).isZero();
        assertThat(zero.size()).isEqualTo(2);
        clock.advance(1);
        assertThat(reaper.runOnce()).isEqualTo(1);
        assertThat(zero.size()).isEqualTo(1);
        assertThat(zero.lookup(key("later"), clock.millis())).isNotNull();
        assertThat(db.expiredKeys()).isEqualTo(1);
    }

    @Test
    void theReaperWorksInBoundedSlices() {
        int keys = ExpiryReaper.SLICE * 2 + ExpiryReaper.SLICE / 2;
        for (int i = 0; i < keys; i++) {
            put("k" + i, START + 5);
        }
        clock.advance(6);
        assertThat(reaper.runOnce()).isEqualTo(ExpiryReaper.SLICE);
        assertThat(zero.size()).isEqualTo(keys - ExpiryReaper.SLICE);
        assertThat(db.expiredKeys()).isEqualTo(ExpiryReaper.SLICE);
        assertThat(reaper.runOnce()).isEqualTo(ExpiryReaper.SLICE);
        assertThat(reaper.runOnce()).isEqualTo(ExpiryReaper.SLICE / 2);
        assertThat(reaper.runOnce()).isZero();
        assertThat(zero.size()).isZero();
        assertThat(db.expiredKeys()).isEqualTo(keys);
    }

    @Test
    void theReaperCoversEveryDatabase() {
        for (int i = 0; i < db.count(); i++) {
            db.database(i).expireAt(db.database(i).insert(key("k"), key("v")), START + i);
        }
        clock.advance(db.count());
        assertThat(reapAll()).isEqualTo(1);
        for (int i = 0; i < db.count(); i++) {
            assertThat(db.database(i).size()).isZero();
        }
        assertThat(db.expiredKeys()).isEqualTo(db.count());
        assertThat(db.nextDeadline()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aLaterDeadlineLeavesNoStaleDeletionBehind() {
        Entry e = put("k", START + 10);
        zero.expireAt(e, START + 100);
        clock.advance(50);
        reapAll();
        assertThat(zero.lookup(key("k"), clock.millis())).isSameAs(e);
        clock.advance(51);
        reapAll();
        assertThat(zero.size()).isZero();
        assertThat(db.expiredKeys()).isEqualTo(1);
    }

    @Test
    void anEarlierDeadlineIsHonoured() {
        Entry e = put("k", START + 100);
        zero.expireAt(e, START + 10);
        clock.advance(11);
        reapAll();
        assertThat(zero.size()).isZero();
        clock.advance(100);
        reapAll();
        assertThat(db.expiredKeys()).isEqualTo(1);
    }

    @Test
    void persistedDeletedAndRecreatedKeysAreNotReapedByOldSlots() {
        Entry persisted = put("persisted", START + 10);
        zero.persist(persisted);
        Entry deleted = put("recreated", START + 10);
        zero.remove(deleted);
        Entry fresh = zero.insert(key("recreated"), key("new"));
        Entry replaced = put("overwritten", START + 10);
        zero.put(key("overwritten"), key("w"), clock.millis());
        clock.advance(1000);
        reapAll();
        assertThat(zero.lookup(key("persisted"), clock.millis())).isSameAs(persisted);
        assertThat(zero.lookup(key("recreated"), clock.millis())).isSameAs(fresh);
        assertThat(zero.lookup(key("overwritten"), clock.millis())).isSameAs(replaced);
        assertThat(db.expiredKeys()).isZero();
        assertThat(zero.expiringCount()).isZero();
    }

    @Test
    void aFlushedDatabaseHasNothingLeftToReap() {
        put("k", START + 10);
        zero.clear();
        Entry again = zero.insert(key("k"), key("v"));
        clock.advance(100);
        assertThat(reaper.runOnce()).isZero();
        assertThat(zero.lookup(key("k"), clock.millis())).isSameAs(again);
    }

    @Test
    void swappedDatabasesTakeTheirDeadlinesAlong() {
        put("k", START + 10);
        db.swap(0, 1);
        clock.advance(11);
        reapAll();
        assertThat(db.database(1).size()).isZero();
        assertThat(db.expiredKeys()).isEqualTo(1);
    }

    @Test
    void theSameDeadlineSetAgainAndAgainDoesNotGrowTheIndex() {
        Entry e = put("k", START + 10);
        for (int i = 0; i < 100_000; i++) {
            zero.persist(e);
            zero.expireAt(e, START + 10);
        }
        ExpiryIndex index = new ExpiryIndex();
        Entry single = new Entry(key("x"), 0, key("v"));
        single.expireAt = 7;
        for (int i = 0; i < 10; i++) {
            index.add(single, 7);
        }
        index.compact();
        assertThat(index.size()).isEqualTo(1);
        assertThat(single.expireAt).isEqualTo(7);
        clock.advance(11);
        int work = 0;
        for (int done = reaper.runOnce(); done > 0; done = reaper.runOnce()) {
            work += done;
        }
        // Compaction keeps the index near its floor of 1024 slots instead of 100,001 copies.
        assertThat(work).isLessThan(2048);
        assertThat(zero.size()).isZero();
    }

    @Test
    void compactionKeepsEveryLiveDeadlineAndDropsStaleOnes() {
        Entry[] entries = new Entry[5000];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = put("k" + i, START + 1 + i);
        }
        for (int i = 0; i < entries.length; i += 2) {
            zero.expireAt(entries[i], START + 1 + i + 10_000);
        }
        clock.advance(entries.length + 1);
        reapAll();
        assertThat(zero.size()).isEqualTo(entries.length / 2);
        clock.advance(10_000);
        reapAll();
        assertThat(zero.size()).isZero();
        assertThat(db.expiredKeys()).isEqualTo(entries.length);
    }

    @Test
    void aMillionKeysWithTtlsAreAllReclaimedBySlices() {
        int keys = 1_000_000;
        for (int i = 0; i < keys; i++) {
            put(Integer.toString(i), START + 1 + i % 1000);
        }
        assertThat(zero.expiringCount()).isEqualTo(keys);
        clock.advance(1001);
        int slices = reapAll();
        assertThat(slices).isGreaterThanOrEqualTo(keys / ExpiryReaper.SLICE);
        assertThat(zero.size()).isZero();
        assertThat(zero.expiringCount()).isZero();
        assertThat(db.expiredKeys()).isEqualTo(keys);
        assertThat(db.nextDeadline()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void averageTtlFollowsTheDeadlines() {
        put("a", START + 1000);
        Entry b = put("b", START + 3000);
        assertThat(zero.averageTtl(clock.millis())).isEqualTo(2000);
        zero.persist(b);
        assertThat(zero.averageTtl(clock.millis())).isEqualTo(1000);
    }

    @Test
    void theFarthestDeadlineDoesNotWakeTheReaperAtOnce() {
        TaskScheduler scheduler = mock(TaskScheduler.class);
        ExpiryReaper scheduled = new ExpiryReaper(db, scheduler);
        scheduled.start();
        put("forever", Long.MAX_VALUE);
        put("almost", Long.MAX_VALUE - 1);
        scheduled.stop();
        verify(scheduler, never()).schedule(any(Runnable.class), any(Instant.class));
        assertThat(ExpiryReaper.dueAfter(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(ExpiryReaper.dueAfter(START)).isEqualTo(START + 1);
    }

    @Test
    void lookupsMarkAccessAndPeeksDoNot() {
        Entry e = zero.insert(key("k"), key("v"));
        clock.advance(5_000);
        assertThat(zero.idleSeconds(e, clock.millis())).isEqualTo(5);
        zero.peek(key("k"), clock.millis());
        assertThat(zero.idleSeconds(e, clock.millis())).isEqualTo(5);
        zero.lookup(key("k"), clock.millis());
        assertThat(zero.idleSeconds(e, clock.millis())).isZero();
        clock.advance(3_000);
        zero.read(key("k"), clock.millis());
        assertThat(zero.idleSeconds(e, clock.millis())).isZero();
        assertThat(db.keyspaceHits()).isEqualTo(2);
    }
}
