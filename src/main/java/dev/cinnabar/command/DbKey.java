package dev.cinnabar.command;

import java.util.Arrays;

/**
 * A key of one numbered database, compared by content, for the per-key tables of blocked and watching
 * clients. Databases are numbers, not objects: after SWAPDB a client still waits on, or watches, the key
 * of the database it selected.
 */
record DbKey(int db, byte[] key) {

    @Override
    public boolean equals(Object o) {
        return o instanceof DbKey other && other.db == db && Arrays.equals(other.key, key);
    }

    @Override
    public int hashCode() {
        return 31 * db + Arrays.hashCode(key);
    }
}
