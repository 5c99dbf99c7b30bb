package dev.cinnabar.resp;

/** Redis's strict integer syntax ({@code string2ll}): optional minus, no plus, no leading zeros, no spaces. */
public final class Numbers {

    /**
     * The decimal forms of 0 to 9999, made once: as with Redis's shared integers, the counters INCR and
     * its relatives store mostly take these values, and a stored {@code byte[]} is never changed in place
     * (APPEND and SETRANGE copy it first), so every key holding one of them can share its array.
     */
    private static final byte[][] SMALL = new byte[10_000][];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = fresh(i);
        }
    }

    private Numbers() {
    }

    /** The decimal form of {@code v}; shared for 0 to 9999, so the caller must not change it. */
    public static byte[] decimal(long v) {
        return v >= 0 && v < SMALL.length ? SMALL[(int) v] : fresh(v);
    }

    private static byte[] fresh(long v) {
        byte[] text = new byte[digits(v)];
        writeDecimal(v, text, text.length);
        return text;
    }

    /** Writes the decimal form of {@code v} into {@code dst} so that it ends just before {@code end}. */
    public static void writeDecimal(long v, byte[] dst, int end) {
        // Digits of the negated value: every long has a negative counterpart, Long.MIN_VALUE included.
        long n = v < 0 ? v : -v;
        int pos = end;
        do {
            dst[--pos] = (byte) ('0' - n % 10);
            n /= 10;
        } while (n != 0);
        if (v < 0) {
            dst[--pos] = '-';
        }
    }

    public static long parseLong(byte[] s, long invalid) {
        return parseLong(s, 0, s.length, invalid);
    }

    /** Returns the value of {@code s[from, from+length)} or {@code invalid} if it is not a canonical long. */
    public static long parseLong(byte[] s, int from, int length, long invalid) {
        if (length <= 0 || length > 20) {
            return invalid;
        }
        int i = from;
        int end = from + length;
        if (length == 1 && s[i] == '0') {
            return 0;
        }
        boolean negative = s[i] == '-';
        if (negative && ++i == end) {
            return invalid;
        }
        if (s[i] < '1' || s[i] > '9') {
            return invalid;
        }
        // Accumulate as a negative number so that Long.MIN_VALUE is representable.
        long value = 0;
        for (; i < end; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9 || value < (Long.MIN_VALUE + d) / 10) {
                return invalid;
            }
            value = value * 10 - d;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return invalid;
            }
            return -value;
        }
        return value;
    }

    /** Length of the decimal form of {@code v}, sign included. */
    public static int digits(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        int n = v < 0 ? 2 : 1;
        long x = Math.abs(v);
        while (x >= 10) {
            x /= 10;
            n++;
        }
        return n;
    }
}
