package dev.cinnabar.command.sort;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.hash.HashValue;
import dev.cinnabar.command.string.Strings;
import dev.cinnabar.keyspace.Entry;

import java.util.Arrays;

/**
 * A BY or GET pattern of SORT, as Redis's {@code lookupKeyByPattern} reads it: {@code #} stands for the
 * element itself; otherwise the first {@code *} is replaced by the element to name a key, whose string
 * value is the result, or, when {@code ->field} follows the star, that field of the hash at the key.
 * A key of another type, or a pattern without a star, gives nothing.
 *
 * <p>Redis looks for {@code #}, {@code *} and {@code ->} in the pattern as a C string, so only up to
 * its first NUL byte, yet keeps everything after the arrow, NULs included, as the field.
 */
final class KeyPattern {

    private static final int NONE = -1;

    private final byte[] pattern;
    private final boolean self;
    private final int star;
    /** Where the key's text ends: at the arrow when there is a field, else at the pattern's end. */
    private final int keyEnd;
    private final byte[] field;

    private KeyPattern(byte[] pattern) {
        this.pattern = pattern;
        int cLength = 0;
        while (cLength < pattern.length && pattern[cLength] != 0) {
            cLength++;
        }
        self = cLength == 1 && pattern[0] == '#';
        star = indexOf(pattern, (byte) '*', 0, cLength);
        int arrow = star == NONE ? NONE : arrowAfter(star + 1, cLength);
        // The arrow must be followed by at least one byte of field name before the NUL.
        boolean hasField = arrow != NONE && arrow + 2 < cLength;
        keyEnd = hasField ? arrow : pattern.length;
        field = hasField ? Arrays.copyOfRange(pattern, arrow + 2, pattern.length) : null;
    }

    static KeyPattern of(byte[] pattern) {
        return new KeyPattern(pattern);
    }

    /** Whether the pattern has a star: a BY pattern without one leaves the elements unsorted. */
    boolean substitutes() {
        return star != NONE;
    }

    /** The value the pattern gives for {@code element}, or null; each key looked up counts as a hit or a miss. */
    byte[] lookup(Call call, byte[] element) {
        if (self) {
            return element;
        }
        if (star == NONE) {
            return null;
        }
        int suffix = keyEnd - star - 1;
        byte[] key = new byte[star + element.length + suffix];
        System.arraycopy(pattern, 0, key, 0, star);
        System.arraycopy(element, 0, key, star, element.length);
        System.arraycopy(pattern, star + 1, key, star + element.length, suffix);
        Entry entry = call.database().read(key, call.now());
        if (entry == null) {
            return null;
        }
        Object value = entry.value();
        if (field != null) {
            return value instanceof HashValue hash ? hash.get(field) : null;
        }
        return Strings.isString(value) ? Strings.bytes(value) : null;
    }

    private int arrowAfter(int from, int to) {
        for (int i = indexOf(pattern, (byte) '-', from, to); i != NONE; i = indexOf(pattern, (byte) '-', i + 1, to)) {
            if (i + 1 < to && pattern[i + 1] == '>') {
                return i;
            }
        }
        return NONE;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return NONE;
    }
}
