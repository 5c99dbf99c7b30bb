package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;

/**
 * Removing and replying with the lowest or highest members of a sorted set: ZPOPMIN, ZPOPMAX and ZMPOP,
 * and the blocking BZPOPMIN, BZPOPMAX and BZMPOP, which parse the same arguments and, once a key has
 * members, pop with the same replies.
 */
public final class SortedSetPops {

    private static final RedisError NUMKEYS = new RedisError("ERR numkeys should be greater than 0");
    private static final RedisError COUNT = new RedisError("ERR count should be greater than 0");

    /** Which end to pop from. */
    public enum End { MIN, MAX }

    /** How the popped elements are laid out in the reply. */
    public enum Shape {
        /** member, score, member, score...: ZPOPMIN/ZPOPMAX in RESP2, or in RESP3 without a count. */
        FLAT,
        /** [member, score] pairs: ZPOPMIN/ZPOPMAX with a count in RESP3. */
        PAIRS,
        /** key, member, score: BZPOPMIN/BZPOPMAX. */
        KEYED_FLAT,
        /** [key, [[member, score], ...]]: ZMPOP/BZMPOP. */
        KEYED_PAIRS
    }

    private SortedSetPops() {
    }

    /**
     * ZMPOP's arguments from {@code numkeys} on: {@code numkeys key [key ...] MIN|MAX [COUNT count]}, with
     * Redis's errors. The keys are arguments {@code firstKey} to {@code firstKey + numKeys - 1}.
     */
    public record MultiPop(int firstKey, int numKeys, End end, long count) {

        public static MultiPop parse(Call call, int numKeysIndex) {
            // 0 is no valid numkeys either, so it also stands for "not an integer".
            long numKeys = Numbers.parseLong(call.arg(numKeysIndex), 0);
            if (numKeys < 1) {
                throw NUMKEYS;
            }
            if (numKeys > call.argc() - numKeysIndex - 2) {
                throw RedisError.SYNTAX;
            }
            int endIndex = numKeysIndex + (int) numKeys + 1;
            End end;
            if (call.is(endIndex, "min")) {
                end = End.MIN;
            } else if (call.is(endIndex, "max")) {
                end = End.MAX;
            } else {
                throw RedisError.SYNTAX;
            }
            long count = -1;
            for (int i = endIndex + 1; i < call.argc(); i++) {
                if (count == -1 && call.is(i, "count") && i + 1 < call.argc()) {
                    count = Numbers.parseLong(call.arg(++i), 0);
                    if (count < 1) {
                        throw COUNT;
                    }
                } else {
                    throw RedisError.SYNTAX;
                }
            }
            return new MultiPop(numKeysIndex + 1, (int) numKeys, end, count == -1 ? 1 : count);
        }
    }

    /**
     * Pops from the first of {@code numKeys} keys, from argument {@code firstKey} on, that exists; the
     * first existing one must hold a sorted set. Returns false, having replied nothing, when none exists.
     */
    public static boolean popFirst(Call call, int firstKey, int numKeys, End end, long count, Shape shape) {
        for (int i = firstKey; i < firstKey + numKeys; i++) {
            SortedSet zset = TypedKeys.write(call, call.arg(i), SortedSet.class);
            if (zset != null) {
                pop(call, call.arg(i), zset, end, count, shape);
                return true;
            }
        }
        return false;
    }

    /** Pops up to {@code count} elements of the sorted set at {@code key}, replies with them, and deletes the key once empty. */
    public static void pop(Call call, byte[] key, SortedSet zset, End end, long count, Shape shape) {
        int size = zset.size();
        int n = (int) Math.min(count, size);
        Reply reply = call.reply();
        switch (shape) {
            case FLAT -> reply.array(2 * n);
            case PAIRS -> reply.array(n);
            case KEYED_FLAT -> {
                reply.array(2 * n + 1);
                reply.bulk(key);
            }
            case KEYED_PAIRS -> {
                reply.array(2);
                reply.bulk(key);
                reply.array(n);
            }
        }
        if (n == 0) {
            return;
        }
        boolean pairs = shape == Shape.PAIRS || shape == Shape.KEYED_PAIRS;
        boolean min = end == End.MIN;
        Cursor cursor = zset.at(min ? 0 : size - 1);
        for (int i = 0; i < n; i++) {
            if (pairs) {
                reply.array(2);
            }
            reply.bulk(cursor.member());
            reply.doubleValue(cursor.score());
            if (min) {
                cursor.next();
            } else {
                cursor.previous();
            }
        }
        zset.removeRange(min ? 0 : size - n, n);
        TypedKeys.removeIfEmpty(call, key, zset);
    }
}
