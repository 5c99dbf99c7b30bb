package dev.cinnabar.keyspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.ThreadLocalRandom;

/** A seeded hash of key bytes; the random seed keeps clients from choosing keys that all collide. */
final class Hashing {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = ThreadLocalRandom.current().nextLong();

    private Hashing() {
    }

    /**
     * Every chunk of eight bytes, then the tail, goes through a full-avalanche mix, so every input bit
     * reaches the low bits that pick a bucket. (Folding halves together after a weaker mix does not:
     * low product bits never see high input bits, and keys such as {@code key:1 ... key:999}, which
     * differ only in their last bytes, then crowded into a few dozen buckets.)
     */
    static int hash(byte[] key) {
        long h = SEED ^ key.length;
        int i = 0;
        for (; i + 8 <= key.length; i += 8) {
            h = mix(h ^ (long) LONGS.get(key, i));
        }
        long tail = 0;
        for (int shift = 0; i < key.length; i++, shift += 8) {
            tail |= (key[i] & 0xffL) << shift;
        }
        return (int) mix(h ^ tail);
    }

    /** MurmurHash3's 64-bit finalizer: a bijection in which each input bit flips each output bit about half the time. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
