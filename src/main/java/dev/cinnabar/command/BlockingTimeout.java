package dev.cinnabar.command;

import dev.cinnabar.command.string.LongDouble;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The timeout argument of the blocking commands, in seconds with a fraction, read as Redis 7.0 does: a
 * long double (strtold's syntax), times 1000, rounded up to whole milliseconds, then cast to a 64-bit
 * integer. The cast is why an infinite or enormous timeout is reported as negative: on x86-64 an
 * out-of-range conversion yields the most negative integer.
 */
public final class BlockingTimeout {

    /** Waits with no deadline. */
    public static final long FOREVER = 0;

    private static final RedisError NOT_A_FLOAT = new RedisError("ERR timeout is not a float or out of range");
    private static final RedisError NEGATIVE = new RedisError("ERR timeout is negative");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal LONG_RANGE = new BigDecimal(Long.MAX_VALUE);

    private BlockingTimeout() {
    }

    /** The timeout in milliseconds, {@link #FOREVER} for 0, or Redis's error. */
    public static long parse(byte[] text) {
        LongDouble seconds;
        try {
            seconds = LongDouble.parse(text);
        } catch (RedisError notAFloat) {
            throw NOT_A_FLOAT;
        }
        if (!seconds.isFinite()) {
            throw NEGATIVE;
        }
        BigDecimal millis = seconds.exact().multiply(THOUSAND).setScale(0, RoundingMode.CEILING);
        if (millis.signum() < 0 || millis.compareTo(LONG_RANGE) > 0) {
            throw NEGATIVE;
        }
        return millis.longValue();
    }
}
