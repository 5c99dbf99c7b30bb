package dev.cinnabar.command;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Finds a command by its name as the client sent it, in any letter case, without allocating: every
 * request pays for this lookup, so it must not build a lower-cased String first. An open-addressing
 * table over the lower-case names, hashed and compared with ASCII case folded on the fly.
 */
final class NameIndex<T> {

    private final byte[][] names;
    private final Object[] values;
    private final int mask;

    NameIndex(Map<String, T> byLowerCaseName) {
        int capacity = Integer.highestOneBit(Math.max(4, byLowerCaseName.size() * 4) - 1) << 1;
        names = new byte[capacity][];
        values = new Object[capacity];
        mask = capacity - 1;
        byLowerCaseName.forEach((name, value) -> {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            int slot = hash(bytes) & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = bytes;
            values[slot] = value;
        });
    }

    @SuppressWarnings("unchecked")
    T get(byte[] name) {
        for (int slot = hash(name) & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (equalsIgnoreCase(names[slot], name)) {
                return (T) values[slot];
            }
        }
        return null;
    }

    private static int hash(byte[] name) {
        int h = 0x811c9dc5;
        for (byte b : name) {
            h = (h ^ fold(b)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private static boolean equalsIgnoreCase(byte[] lower, byte[] name) {
        if (lower.length != name.length) {
            return false;
        }
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] != fold(name[i])) {
                return false;
            }
        }
        return true;
    }

    private static int fold(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }
}
