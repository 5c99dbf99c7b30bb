package dev.cinnabar.keyspace;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system's UTC clock, read through the monotonic one. Every command reads the monotonic clock to time
 * itself; the wall time it needs for expiry then comes from that same reading plus an offset instead of a
 * clock read of its own (each read was about 4% of the event loop's user time on unpipelined requests).
 * The offset is measured again once a second, so a step of the system clock reaches commands within a
 * second; NTP's gradual corrections slew both clocks alike.
 */
public final class WallClock extends Clock {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long REMEASURE_AFTER_NANOS = NANOS_PER_SECOND;

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

    private static Offset measure() {
        Instant wall = Instant.now();
        long monotonic = System.nanoTime();
        return new Offset(monotonic, wall.getEpochSecond() * NANOS_PER_SECOND + wall.getNano() - monotonic);
    }
}
