package dev.cinnabar.resp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles as Redis 7.0 replies do, with C's {@code "%.17g"}: 17 significant digits, trailing
 * zeros dropped, scientific notation below 1e-4 or from 1e17, and {@code inf}/{@code -inf}/{@code nan}.
 */
public final class DoubleFormat {

    private static final MathContext SEVENTEEN = new MathContext(17, RoundingMode.HALF_EVEN);

    private DoubleFormat() {
    }

    /**
     * Whether {@code "%.17g"} prints the value as the digits of {@code (long) value}: a whole number
     * below 1e17 in magnitude (17 significant digits hold it exactly), except negative zero. Scores are
     * often whole numbers, and this spares them the exact decimal expansion.
     */
    public static boolean isPlainInteger(double value) {
        return value == (long) value && Math.abs(value) < 1e17 && (value != 0 || 1 / value > 0);
    }

    public static String format(double value) {
        if (isPlainInteger(value)) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(SEVENTEEN);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 17) {
            String digits = stripZeros(rounded.unscaledValue().abs().toString());
            StringBuilder text = new StringBuilder();
            if (rounded.signum() < 0) {
                text.append('-');
            }
            text.append(digits.charAt(0));
            if (digits.length() > 1) {
                text.append('.').append(digits, 1, digits.length());
            }
            text.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                text.append('0');
            }
            return text.append(abs).toString();
        }
        String plain = rounded.setScale(Math.max(0, 16 - exponent), RoundingMode.HALF_EVEN).toPlainString();
        if (plain.indexOf('.') >= 0) {
            plain = stripZeros(plain);
            if (plain.endsWith(".")) {
                plain = plain.substring(0, plain.length() - 1);
            }
        }
        return plain;
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
