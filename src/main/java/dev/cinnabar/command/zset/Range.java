package dev.cinnabar.command.zset;

import dev.cinnabar.command.RedisError;

import java.util.Arrays;

/**
 * A range of scores or of members as two cuts: the elements below {@code start} precede the range, and
 * those below {@code end} precede it or lie in it. So the range covers ranks
 * {@code count(start)} to {@code count(end) - 1}, and is empty when that is negative.
 */
record Range(Cut start, Cut end) implements Span {

    static final RedisError NOT_A_FLOAT = new RedisError("ERR min or max is not a float");
    static final RedisError NOT_A_STRING_ITEM = new RedisError("ERR min or max not valid string range item");

    /** Scores from {@code min} to {@code max}, each inclusive or, after a "(", exclusive. */
    static Range ofScores(byte[] min, byte[] max) {
        boolean minExclusive = min.length > 0 && min[0] == '(';
        boolean maxExclusive = max.length > 0 && max[0] == '(';
        double low = Scores.bound(min, minExclusive ? 1 : 0);
        double high = Scores.bound(max, maxExclusive ? 1 : 0);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            throw NOT_A_FLOAT;
        }
        return new Range(Cut.score(low, minExclusive), Cut.score(high, !maxExclusive));
    }

    /** Members from {@code min} to {@code max}: "[m" inclusive, "(m" exclusive, "-" and "+" the ends. */
    static Range ofMembers(byte[] min, byte[] max) {
        return new Range(lexCut(min, true), lexCut(max, false));
    }

    @Override
    public Ranks ranks(SortedSet zset) {
        return new Ranks(zset.count(start), zset.count(end));
    }

    private static Cut lexCut(byte[] item, boolean isStart) {
        // Redis reads "+" and "-" as C strings: anything after a NUL byte goes unseen.
        boolean alone = item.length == 1 || (item.length > 1 && item[1] == 0);
        if (item.length > 0 && item[0] == '+' && alone) {
            return Cut.ALL;
        }
        if (item.length > 0 && item[0] == '-' && alone) {
            return Cut.NONE;
        }
        if (item.length == 0 || (item[0] != '(' && item[0] != '[')) {
            throw NOT_A_STRING_ITEM;
        }
        boolean exclusive = item[0] == '(';
        byte[] member = Arrays.copyOfRange(item, 1, item.length);
        // Below the start: under "[m", or also at "(m"; below the end: also at "[m", only under "(m".
        return Cut.member(member, isStart == exclusive);
    }
}
