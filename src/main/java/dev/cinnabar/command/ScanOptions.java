package dev.cinnabar.command;

/**
 * What the SCAN family (SCAN, HSCAN, SSCAN, ZSCAN) reads after the key: the cursor, then MATCH pattern and
 * COUNT count in any order, and for SCAN alone TYPE type. The pattern is null when it matches everything.
 */
public record ScanOptions(byte[] pattern, long count, String type) {

    private static final RedisError INVALID_CURSOR = new RedisError("ERR invalid cursor");
    private static final long DEFAULT_COUNT = 10;
    /** Buckets walked per unit of COUNT at most, so a sparse table cannot make one call long. */
    private static final long BUCKETS_PER_COUNT = 10;

    /** Reads the options from argument {@code from} on; TYPE is a syntax error unless {@code typeAllowed}. */
    public static ScanOptions parse(Call call, int from, boolean typeAllowed) {
        long count = DEFAULT_COUNT;
        byte[] pattern = null;
        String type = null;
        for (int i = from; i < call.argc(); i += 2) {
            boolean hasValue = i + 1 < call.argc();
            if (hasValue && call.is(i, "count")) {
                count = call.integer(i + 1);
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (hasValue && call.is(i, "match")) {
                pattern = Glob.matchesAll(call.arg(i + 1)) ? null : call.arg(i + 1);
            } else if (hasValue && typeAllowed && call.is(i, "type")) {
                // An unknown type name is no error in Redis 7.0: it just matches nothing.
                type = call.text(i + 1);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        return new ScanOptions(pattern, count, type);
    }

    public boolean matches(byte[] name) {
        return pattern == null || Glob.matches(pattern, name);
    }

    /** How many buckets one call may walk beyond the first. */
    public long bucketBudget() {
        return count > Long.MAX_VALUE / BUCKETS_PER_COUNT ? Long.MAX_VALUE : count * BUCKETS_PER_COUNT;
    }

    /**
     * The cursor with the leniency of C's {@code strtoul} that Redis inherits: an optional sign (a minus
     * wraps around), decimal digits, nothing else; the empty string reads as 0. Only values beyond
     * 64 bits are refused.
     */
    public static long cursor(byte[] text) {
        int i = 0;
        boolean negative = false;
        if (text.length > 0 && (text[0] == '+' || text[0] == '-')) {
            negative = text[0] == '-';
            i = 1;
            if (text.length == 1) {
                throw INVALID_CURSOR;
            }
        }
        long value = 0;
        for (; i < text.length; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9 || Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0) {
                throw INVALID_CURSOR;
            }
            long next = value * 10 + digit;
            if (Long.compareUnsigned(next, value * 10) < 0) {
                throw INVALID_CURSOR;
            }
            value = next;
        }
        return negative ? -value : value;
    }
}
