package dev.cinnabar.command;

import java.util.concurrent.TimeUnit;

/**
 * Turns a TTL argument into an absolute deadline in epoch milliseconds with Redis's checks and its
 * error for times that are not positive or overflow: {@code invalid expire time in 'set' command}.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * @param relative true for EX/PX-style durations, false for EXAT/PXAT-style timestamps
     */
    public static long parse(Call call, int argIndex, TimeUnit unit, boolean relative) {
        long value = call.integer(argIndex);
        boolean seconds = unit == TimeUnit.SECONDS;
        if (value <= 0 || (seconds && value > Long.MAX_VALUE / 1000)) {
            throw invalid(call);
        }
        long millis = seconds ? value * 1000 : value;
        if (relative) {
            millis += call.now();
            if (millis <= 0) {
                throw invalid(call);
            }
        }
        return millis;
    }

    public static RedisError invalid(Call call) {
        return new RedisError("ERR invalid expire time in '" + call.commandName() + "' command");
    }
}
