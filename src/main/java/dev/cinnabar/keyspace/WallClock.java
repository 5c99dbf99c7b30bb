package dev.cinnabar.keyspace;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system's UTC clock, read through the monotonic one. Every command reads the monotonic clock to time
 * itself; the wall time it needs for expiry then comes from that same reading plus an offset instead of a
 * clock read of its own (each read was about 4% of the event loop's user time on unpipelined requests).
 * The offset is measured again every 100 ms, so a step of the system clock reaches commands within that;
 * NTP's gradual corrections slew both clocks alike.
 */
public final class WallClock extends Clock {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Often enough that a step of the system clock, or a suspend, which stops the monotonic clock, shows soon. */
    private static final long REMEASURE_AFTER_NANOS = 100_000_000L;
    /** A measurement whose two monotonic reads lie further apart than this was interrupted; it is taken again. */
    private static final long MEASURE_WINDOW_NANOS = 20_000L;
    private static final int MEASURE_TRIES = 5;

    /** Epoch nanoseconds minus the monotonic reading, as measured at {@code measuredAt}. */
    private record Offset(long measuredAt, long nanos) {
    }

    private volatile Offset offset = measure();

    /** Epoch milliseconds at the moment {@link System#nanoTime()} returned {@code nanoTime}. */
    public long millisAt(long nanoTime) {
        return Math.floorDiv(nanoTime + current(nanoTime).nanos, NANOS_PER_MILLI);
    }

    @Override
    public long millis() {
        return millisAt(System.nanoTime());
    }

    @Override
    public Instant instant() {
        long now = System.nanoTime();
        long epochNanos = now + current(now).nanos;
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.system(zone);
    }

    private Offset current(long nanoTime) {
        Offset o = offset;
        if (nanoTime - o.measuredAt > REMEASURE_AFTER_NANOS) {
            o = measure();
            offset = o;
        }
        return o;
    }

    /**
     * Reads the wall clock between two monotonic reads and pairs it with their midpoint, keeping the
     * tightest of a few tries: a thread paused between the reads would otherwise skew every command's
     * time by the length of the pause until the next measurement.
     */
    private static Offset measure() {
        Offset best = null;
        long bestWindow = Long.MAX_VALUE;
        for (int i = 0; i < MEASURE_TRIES && bestWindow > MEASURE_WINDOW_NANOS; i++) {
            long before = System.nanoTime();
            Instant wall = Instant.now();
            long after = System.nanoTime();
            if (after - before < bestWindow) {
                bestWindow = after - before;
                long monotonic = before + bestWindow / 2;
                best = new Offset(monotonic, wall.getEpochSecond() * NANOS_PER_SECOND + wall.getNano() - monotonic);
            }
        }
        return best;
    }
}
