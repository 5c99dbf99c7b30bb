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
}
