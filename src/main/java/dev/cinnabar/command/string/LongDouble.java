package dev.cinnabar.command.string;

import dev.cinnabar.command.RedisError;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * A number as INCRBYFLOAT holds it: Redis computes in C's {@code long double}, which on x86-64 is the
 * 80-bit extended format (64-bit significand, binary exponents down to denormals at 2^-16445, overflow
 * from 2^16384). Its precision shows in replies (10000.1 reads back as 10000.09999999999999964), so each
 * value here is the exact decimal of a representable long double, and parsing and addition round to
 * nearest-even as strtold and the FPU do.
 */
public final class LongDouble {

    static final LongDouble ZERO = new LongDouble(BigDecimal.ZERO);

    private static final LongDouble INFINITE = new LongDouble(null);
    private static final int SIGNIFICAND_BITS = 64;
    /** The binary exponent of the smallest denormal. */
    private static final int MIN_EXPONENT = -16445;
    /** Finite values are below 2 to this power. */
    private static final int OVERFLOW_EXPONENT = 16384;
    /** Decimal exponents beyond which a value surely overflows or rounds to zero. */
    private static final int MAX_DECIMAL_EXPONENT = 4933;
    private static final int MIN_DECIMAL_EXPONENT = -4953;
    /** Redis reads numbers into a buffer of 5 KB and rejects longer text. */
    private static final int MAX_TEXT = 5 * 1024;
    /** Exponents are read saturating at this size, far beyond any finite value. */
    private static final int EXPONENT_CAP = 1_000_000;
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** The exact value, or null for an infinity. */
    private final BigDecimal value;

    private LongDouble(BigDecimal value) {
        this.value = value;
    }

    /**
     * Reads {@code text} as Redis's string2ld does: strtold's syntax (decimal or hex, optional sign and
     * exponent, "inf"/"infinity") with nothing before or after, no NaN, and no overflow or underflow to
     * zero; otherwise "ERR value is not a valid float".
     */
    public static LongDouble parse(byte[] text) {
        if (text.length == 0 || text.length >= MAX_TEXT || isSpace(text[0])) {
            throw RedisError.NOT_A_FLOAT;
        }
        boolean negative = text[0] == '-';
        int start = negative || text[0] == '+' ? 1 : 0;
        String body = new String(text, start, text.length - start, StandardCharsets.ISO_8859_1);
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return INFINITE;
        }
        boolean hex = body.length() > 1 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        BigDecimal exact = hex ? hex(body.substring(2)) : decimal(body);
        if (exact == null) {
            throw RedisError.NOT_A_FLOAT;
        }
        BigDecimal rounded = round(negative ? exact.negate() : exact);
        if (rounded == null || (rounded.signum() == 0 && exact.signum() != 0)) {
            throw RedisError.NOT_A_FLOAT;
        }
        return new LongDouble(rounded);
    }

    /** The rounded sum; infinite when either is, or when it overflows. */
    public LongDouble plus(LongDouble other) {
        if (value == null || other.value == null) {
            return INFINITE;
        }
        BigDecimal sum = round(value.add(other.value));
        return sum == null ? INFINITE : new LongDouble(sum);
    }

    public boolean isFinite() {
        return value != null;
    }

    /** The exact value; only for a finite one. */
    public BigDecimal exact() {
        return value;
    }

    /** C's {@code "%.17Lf"} with trailing zeros (and a bare point) dropped, and no "-0": Redis's human format. */
    public String toHumanString() {
        String text = value.setScale(17, RoundingMode.HALF_EVEN).toPlainString();
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        text = text.substring(0, end);
        return text.equals("-0") ? "0" : text;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    /** Digits with an optional point and an optional decimal exponent; null if malformed. */
    private static BigDecimal decimal(String text) {
        Digits digits = Digits.scan(text, 10, 'e');
        if (digits == null) {
            return null;
        }
        BigDecimal exact = new BigDecimal(digits.value(), (int) (digits.fraction() - digits.exponent()));
        if (exact.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long magnitude = exact.precision() - (long) exact.scale() - 1;
        if (magnitude > MAX_DECIMAL_EXPONENT) {
            return overflowing();
        }
        return magnitude < MIN_DECIMAL_EXPONENT ? underflowing() : exact;
    }

    /** Hex digits with an optional point and an optional binary exponent ("p"); null if malformed. */
    private static BigDecimal hex(String text) {
        Digits digits = Digits.scan(text, 16, 'p');
        if (digits == null) {
            return null;
        }
        BigInteger mantissa = digits.value();
        if (mantissa.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long binaryExponent = digits.exponent() - 4L * digits.fraction();
        long magnitude = mantissa.bitLength() + binaryExponent;
        if (magnitude > OVERFLOW_EXPONENT) {
            return overflowing();
        }
        if (magnitude < MIN_EXPONENT - 1) {
            return underflowing();
        }
        return binaryExponent >= 0 ? new BigDecimal(mantissa.shiftLeft((int) binaryExponent))
                : new BigDecimal(mantissa.multiply(FIVE.pow((int) -binaryExponent)), (int) -binaryExponent);
    }

    /** A stand-in for text far too large: rounds to infinity. */
    private static BigDecimal overflowing() {
        return BigDecimal.ONE.scaleByPowerOfTen(MAX_DECIMAL_EXPONENT + 1);
    }

    /** A stand-in for text far too small but not zero: rounds to zero. */
    private static BigDecimal underflowing() {
        return BigDecimal.ONE.scaleByPowerOfTen(MIN_DECIMAL_EXPONENT - 1);
    }

    /** The long double nearest to {@code x} (ties to even), exactly; null if that overflows. */
    private static BigDecimal round(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigInteger numerator = x.unscaledValue().abs();
        BigInteger denominator = BigInteger.ONE;
        if (x.scale() > 0) {
            denominator = BigInteger.TEN.pow(x.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-x.scale()));
        }
        // floor(log2 x) is this or one less.
        int log2 = numerator.bitLength() - denominator.bitLength();
        if (shift(numerator, -log2).compareTo(shift(denominator, log2)) < 0) {
            log2--;
        }
        int exponent = Math.max(log2 - (SIGNIFICAND_BITS - 1), MIN_EXPONENT);
        BigInteger divisor = shift(denominator, exponent);
        BigInteger[] quotient = shift(numerator, -exponent).divideAndRemainder(divisor);
        BigInteger significand = quotient[0];
        int half = quotient[1].shiftLeft(1).compareTo(divisor);
        if (half > 0 || (half == 0 && significand.testBit(0))) {
            significand = significand.add(BigInteger.ONE);
        }
        if (significand.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (significand.bitLength() + exponent > OVERFLOW_EXPONENT) {
            return null;
        }
        BigDecimal magnitude = exponent >= 0 ? new BigDecimal(significand.shiftLeft(exponent))
                : new BigDecimal(significand.multiply(FIVE.pow(-exponent)), -exponent);
        return x.signum() < 0 ? magnitude.negate() : magnitude;
    }

    /** {@code n * 2^bits} when bits is positive, else n: scaling one side of a ratio by a power of two. */
    private static BigInteger shift(BigInteger n, int bits) {
        return bits > 0 ? n.shiftLeft(bits) : n;
    }

    /**
     * What strtold reads before rounding: the digits (in the given radix) as one integer, how many of them
     * follow the point, and the exponent after the marker letter, 0 when there is none.
     */
    private record Digits(BigInteger value, int fraction, long exponent) {

        /** Digits with an optional point, then optionally the marker and a signed exponent; null if malformed. */
        static Digits scan(String text, int radix, char marker) {
            int i = 0;
            StringBuilder digits = new StringBuilder();
            int fraction = -1;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128 && Character.digit(c, radix) >= 0) {
                    digits.append(c);
                    fraction += fraction >= 0 ? 1 : 0;
                } else if (c == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    break;
                }
            }
            if (digits.length() == 0) {
                return null;
            }
            long exponent = 0;
            if (i < text.length()) {
                if (text.charAt(i) != marker && text.charAt(i) != Character.toUpperCase(marker)) {
                    return null;
                }
                Long parsed = signedExponent(text.substring(i + 1));
                if (parsed == null) {
                    return null;
                }
                exponent = parsed;
            }
            return new Digits(new BigInteger(digits.toString(), radix), Math.max(fraction, 0), exponent);
        }

        /** An optionally signed decimal exponent, saturating; null if there are no digits or other characters. */
        private static Long signedExponent(String text) {
            int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
            if (start == text.length()) {
                return null;
            }
            long value = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                value = Math.min(value * 10 + (c - '0'), EXPONENT_CAP);
            }
            return text.charAt(0) == '-' ? -value : value;
        }
    }
}
