package dev.cinnabar.command.zset;

import dev.cinnabar.command.RedisError;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Reading scores the way Redis does, with C's {@code strtod}: an optional sign, then decimal digits
 * with an optional point and exponent, hex digits after {@code 0x} with an optional binary exponent, or
 * {@code inf}/{@code infinity} in any case. Three flavours: a score argument must be exactly that and
 * neither overflow nor underflow to zero ({@code getDoubleFromObject}); a range bound may be empty
 * (zero), have leading spaces, ends at a NUL byte and saturates ({@code zslParseRange}); a SORT weight
 * is read like a range bound but refused on any range error.
 */
public final class Scores {

    /** Integers this long convert exactly without going through the decimal parser. */
    private static final int EXACT_DIGITS = 15;
    /** The binary exponent of the smallest denormal double's only bit. */
    private static final int LOWEST_BIT = Double.MIN_EXPONENT - 52;
    private static final BigDecimal SMALLEST_NORMAL = new BigDecimal(Double.MIN_NORMAL);

    /** Which of the results C's strtod flags with ERANGE a reader refuses. */
    private enum RangeCheck {
        /** None: overflow saturates to infinity, underflow to zero or a denormal. */
        NONE,
        /** Overflow to infinity and underflow to zero. */
        INFINITE_OR_ZERO,
        /** Every ERANGE, which glibc also raises for an inexact result below the smallest normal double. */
        ALL
    }

    private Scores() {
    }

    /** A score argument, or {@code error} when it is not a valid float or is NaN. */
    static double parse(byte[] text, RedisError error) {
        double value = text.length == 0 || isSpace(text[0]) ? Double.NaN
                : parse(text, 0, text.length, RangeCheck.INFINITE_OR_ZERO);
        if (Double.isNaN(value)) {
            throw error;
        }
        return value;
    }

    /** A range bound from {@code from} on, or NaN when it is malformed or NaN. */
    static double bound(byte[] text, int from) {
        return lenient(text, from, RangeCheck.NONE);
    }

    /**
     * What SORT reads as an element's weight, Redis's strtod with its checks: up to the first NUL byte,
     * leading white space allowed, the empty string 0; NaN when strtod would stop short of the end, read
     * NaN, or report a range error.
     */
    public static double sortWeight(byte[] text) {
        return lenient(text, 0, RangeCheck.ALL);
    }

    private static double lenient(byte[] text, int from, RangeCheck check) {
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
        return start == end ? Double.NaN : parse(text, start, end, check);
    }

    /**
     * The value of {@code text[from, to)}, which must be a number and nothing else, or NaN; also NaN when
     * it is out of range in a way {@code check} refuses.
     */
    private static double parse(byte[] text, int from, int to, RangeCheck check) {
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
        if (check != RangeCheck.NONE && (Double.isInfinite(value) || (value == 0 && nonZero))) {
            return Double.NaN;
        }
        // Near the smallest normal double glibc looks at the exact value: below it and inexact is ERANGE.
        if (check == RangeCheck.ALL && value != 0 && Math.abs(value) <= Double.MIN_NORMAL
                && (hex ? hexUnderflows(text, digitsStart, to) : decimalUnderflows(number, value))) {
            return Double.NaN;
        }
        return value;
    }

    /** Whether decimal {@code number}, read as {@code value}, lies below the smallest normal double and is not {@code value}. */
    private static boolean decimalUnderflows(String number, double value) {
        try {
            BigDecimal exact = new BigDecimal(number);
            return exact.abs().compareTo(SMALLEST_NORMAL) < 0 && exact.compareTo(new BigDecimal(value)) != 0;
        } catch (NumberFormatException exponentBeyondInt) {
            return true;
        }
    }

    /**
     * Whether the hex digits from {@code from} on, with their exponent, lie below the smallest normal double
     * and have a bit finer than the smallest denormal's, so no double is exactly their value.
     */
    private static boolean hexUnderflows(byte[] text, int from, int to) {
        BigInteger mantissa = BigInteger.ZERO;
        long binaryExponent = 0;
        boolean point = false;
        int i = from;
        for (; i < to && (text[i] | 0x20) != 'p'; i++) {
            if (text[i] == '.') {
                point = true;
            } else {
                mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(Character.digit(text[i], 16)));
                binaryExponent -= point ? 4 : 0;
            }
        }
        if (i < to) {
            // The syntax is checked already: the marker, an optional sign, digits.
            int j = i + 1;
            boolean negative = text[j] == '-';
            j += negative || text[j] == '+' ? 1 : 0;
            long written = 0;
            for (; j < to; j++) {
                written = Math.min(written * 10 + (text[j] - '0'), Integer.MAX_VALUE);
            }
            binaryExponent += negative ? -written : written;
        }
        boolean tiny = mantissa.bitLength() + binaryExponent <= Double.MIN_EXPONENT;
        return tiny && mantissa.getLowestSetBit() + binaryExponent < LOWEST_BIT;
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
