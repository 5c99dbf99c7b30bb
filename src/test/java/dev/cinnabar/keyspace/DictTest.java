package dev.cinnabar.keyspace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DictTest {

    private static byte[] key(int i) {
        return ("key:" + i).getBytes(StandardCharsets.UTF_8);
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
