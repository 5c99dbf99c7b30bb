package dev.cinnabar.command.zset;

import dev.cinnabar.command.RedisError;

import java.nio.charset.StandardCharsets;

/**
 * Reading scores the way Redis does, with C's {@code strtod}: an optional sign, then decimal digits
 * with an optional point and exponent, hex digits after {@code 0x} with an optional binary exponent, or
 * {@code inf}/{@code infinity} in any case. Two flavours: a score argument must be exactly that and
 * neither overflow nor underflow to zero ({@code getDoubleFromObject}); a range bound may be empty
 * (zero), have leading spaces, ends at a NUL byte and saturates ({@code zslParseRange}).
 */
final class Scores {

    /** Integers this long convert exactly without going through the decimal parser. */
    private static final int EXACT_DIGITS = 15;

    private Scores() {
    }

    /** A score argument, or {@code error} when it is not a valid float or is NaN. */
    static double parse(byte[] text, RedisError error) {
        double value = text.length == 0 || isSpace(text[0]) ? Double.NaN : parse(text, 0, text.length, true);
        if (Double.isNaN(value)) {
            throw error;
        }
        return value;
    }

    /** A range bound from {@code from} on, or NaN when it is malformed or NaN. */
    static double bound(byte[] text, int from) {
        int end = from;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        if (from == end) {
            return 0;
        }
        int start = from;
        while (start < end && isSpace(text[start])) {
            start++;
        }
        return start == end ? Double.NaN : parse(text, start, end, false);
    }

    /**
     * The value of {@code text[from, to)}, which must be a number and nothing else, or NaN. When
     * {@code strict}, a finite number that rounds to infinity or to zero is NaN too (C's ERANGE).
     */
    private static double parse(byte[] text, int from, int to, boolean strict) {
        int i = from;
        boolean negative = false;
        if (text[i] == '+' || text[i] == '-') {
            negative = text[i] == '-';
            i++;
        }
        if (isInfinity(text, i, to)) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean hex = to - i > 1 && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X');
        int digitsStart = hex ? i + 2 : i;
        int radix = hex ? 16 : 10;
        long integer = 0;
        int digits = 0;
        boolean nonZero = false;
        boolean point = false;
        for (i = digitsStart; i < to; i++) {
            int d = Character.digit(text[i], radix);
            if (d >= 0) {
                digits++;
                nonZero |= d != 0;
                integer = integer * radix + d;
            } else if (text[i] == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        boolean exponent = i < to;
        if (exponent && !isExponent(text, i, to, hex ? 'p' : 'e')) {
            return Double.NaN;
        }
        if (!hex && !point && !exponent && digits <= EXACT_DIGITS) {
            return negative ? -(double) integer : integer;
        }
        String number = new String(text, from, to - from, StandardCharsets.US_ASCII);
        double value = Double.parseDouble(hex && !exponent ? number + "p0" : number);
        if (strict && (Double.isInfinite(value) || (value == 0 && nonZero))) {
            return Double.NaN;
        }
        return value;
    }

    /** Whether {@code text[i, to)} is the marker letter (either case), an optional sign, and digits. */
    private static boolean isExponent(byte[] text, int i, int to, char marker) {
        if ((text[i] | 0x20) != marker) {
            return false;
        }
        i++;
        if (i < to && (text[i] == '+' || text[i] == '-')) {
            i++;
        }
        if (i == to) {
            return false;
        }
        for (; i < to; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isInfinity(byte[] text, int from, int to) {
        if ((to - from != 3 && to - from != 8) || (text[from] | 0x20) != 'i') {
            return false;
        }
        String word = new String(text, from, to - from, StandardCharsets.ISO_8859_1);
        return word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity");
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }
}
