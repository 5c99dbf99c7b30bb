package dev.cinnabar.keyspace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyspace's hash table: shrinking, SCAN across resizes, reading ahead. */
class DictTest {

    private static byte[] key(int i) {
        return ("key:" + i).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void deletionsDoNotShrinkButTheShrinkerDoes() {
        Dict dict = new Dict();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            entries.add(dict.insert(key(i), "v"));
        }
        for (int i = 5; i < 1000; i++) {
            assertThat(dict.remove(entries.get(i))).isTrue();
        }
        long cursor = dict.scan(0, e -> { });
        assertThat(cursor).as("still walking the 1024-bucket table").isEqualTo(512);
        assertThat(dict.shrinkIfSparse()).isTrue();
        assertThat(dict.shrinkIfSparse()).isFalse();
        for (int i = 0; i < 5; i++) {
            assertThat(dict.find(key(i))).isSameAs(entries.get(i));
        }
    }

    @Test
    void scanThatExpiresKeysAsItGoesReturnsEachLiveKeyOnce() {
        Db db = new Db(1, java.time.Clock.systemUTC());
        Database d = db.database(0);
        long now = db.now();
        d.insert("stays".getBytes(StandardCharsets.UTF_8), "v");
        for (int i = 0; i < 200; i++) {
            d.expireAt(d.insert(key(i), "v"), now - 1);
        }
        List<String> seen = new ArrayList<>();
        long cursor = 0;
        do {
            cursor = d.scan(cursor, now, e -> seen.add(new String(e.key(), StandardCharsets.UTF_8)));
        } while (cursor != 0);
        assertThat(seen).containsExactly("stays");
    }

    @Test
    void touchingPresentAbsentAndCollidingKeysChangesNothing() {
        Dict dict = new Dict();
        Entry[] entries = new Entry[100];
        for (int i = 0; i < entries.length; i++) {
            // Byte-array values and others, as the touch looks at the value's type.
            entries[i] = dict.insert(key(i), i % 2 == 0 ? key(i) : Integer.valueOf(i));
        }
        byte[][] keys = new byte[300][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(i);
        }
        dict.touch(keys, keys.length);
        dict.touch(keys, 0);
        new Dict().touch(keys, 5);
        assertThat(dict.size()).isEqualTo(entries.length);
        for (int i = 0; i < keys.length; i++) {
            assertThat(dict.find(keys[i])).isSameAs(i < entries.length ? entries[i] : null);
        }
    }

    @Test
    void everyOperationHoldsWhileTablesGrowAndShrinkIncrementally() {
        Dict dict = new Dict();
        java.util.Map<String, Entry> model = new java.util.HashMap<>();
        java.util.Random random = new java.util.Random(11);
        int resizesSeen = 0;
        for (int round = 0; round < 6; round++) {
            // Grow to a few thousand keys, then delete most and shrink, scanning all along.
            int target = round % 2 == 0 ? 3000 + random.nextInt(3000) : 50;
            java.util.Set<String> presentThroughout = new java.util.HashSet<>(model.keySet());
            java.util.Set<String> scanned = new java.util.HashSet<>();
            long cursor = 0;
            boolean scanDone = false;
            for (int step = 0; step < 20_000 && !(scanDone && model.size() == target); step++) {
                if (model.size() < target) {
                    String name = "k" + random.nextInt(1_000_000);
                    if (!model.containsKey(name)) {
                        model.put(name, dict.insert(name.getBytes(StandardCharsets.UTF_8), name));
                    }
                } else if (model.size() > target) {
                    String victim = model.keySet().iterator().next();
                    assertThat(dict.remove(model.remove(victim))).isTrue();
                    presentThroughout.remove(victim);
                }
                if (step % 7 == 0) {
                    dict.shrinkIfSparse();
                    resizesSeen += dict.rehash(random.nextInt(3)) ? 1 : 0;
                }
                if (!scanDone && step % 5 == 0) {
                    cursor = dict.scan(cursor, e -> scanned.add(new String(e.key(), StandardCharsets.UTF_8)));
                    scanDone = cursor == 0;
                }
                if (step % 101 == 0) {
                    for (var known : model.entrySet()) {
                        assertThat(dict.find(known.getKey().getBytes(StandardCharsets.UTF_8))).isSameAs(known.getValue());
                    }
                    assertThat(dict.entries()).containsExactlyInAnyOrderElementsOf(model.values());
                    if (!model.isEmpty()) {
                        assertThat(model).containsValue(dict.random(random));
                    }
                }
            }
            assertThat(scanDone).isTrue();
            assertThat(scanned).as("a scan returns every key present throughout it").containsAll(presentThroughout);
            assertThat(dict.size()).isEqualTo(model.size());
        }
        assertThat(resizesSeen).as("operations ran while resizes were under way").isGreaterThan(100);
        assertThat(dict.find("absent".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void theResizerFinishesAResizeThatTrafficLeftHalfDone() {
        Db db = new Db(1, java.time.Clock.systemUTC());
        Database d = db.database(0);
        // Past 65,536 keys the table starts growing to 131,072 buckets; 4,464 more insertions move only
        // a few thousand buckets of the 65,536, and no more traffic comes.
        for (int i = 0; i < 70_000; i++) {
            d.insert(key(i), "v");
        }
        TableResizer resizer = new TableResizer(db, org.mockito.Mockito.mock(org.springframework.scheduling.TaskScheduler.class));
        int runs = 0;
        while (resizer.runOnce() > 0) {
            runs++;
        }
        assertThat(runs).as("runs that left the growth unfinished").isBetween(1, 65_536 / TableResizer.BUCKETS_PER_RUN);
        long cursor = 0;
        int buckets = 0;
        do {
            cursor = d.scan(cursor, db.now(), e -> { });
            buckets++;
        } while (cursor != 0);
        assertThat(buckets).isEqualTo(131_072);
    }
}
