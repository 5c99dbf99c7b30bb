package dev.cinnabar.command;

import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Call counters of one command, as INFO commandstats reports them, and its latency histogram, which
 * Prometheus scrapes. Updated under the execution lock; read without it by INFO and metrics, where a
 * slightly stale figure is fine. The counters are written in opaque mode ({@link Opaque}): a reader
 * sees whole values that become current soon, and no command pays for a volatile write's fence.
 *
 * <p>The histogram has fixed bucket bounds so that recording is a scan of a small constant array and one
 * increment: nothing is allocated per command.
 */
public final class CommandStats {

    /** Upper bounds (inclusive) of the latency buckets in nanoseconds, 1µs to 10s; a last bucket holds the rest. */
    private static final long[] LATENCY_BOUNDS_NANOS = {
            1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
            1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000,
            1_000_000_000, 2_500_000_000L, 5_000_000_000L, 10_000_000_000L};

    private static final VarHandle CALLS = Opaque.field(CommandStats.class, "calls");
    private static final VarHandle NANOS = Opaque.field(CommandStats.class, "nanos");
    private static final VarHandle REJECTED = Opaque.field(CommandStats.class, "rejected");
    private static final VarHandle FAILED = Opaque.field(CommandStats.class, "failed");

    private long calls;
    /** Summed in nanoseconds: most commands take under a microsecond, which per-call truncation would lose. */
    private long nanos;
    private long rejected;
    private long failed;
    private final long[] latencyBuckets = new long[LATENCY_BOUNDS_NANOS.length + 1];
    private long latencyNanos;

    void recordCall(long elapsedNanos, boolean failedCall) {
        CALLS.setOpaque(this, calls + 1);
        NANOS.setOpaque(this, nanos + elapsedNanos);
        if (failedCall) {
            FAILED.setOpaque(this, failed + 1);
        }
    }

    /** Adds one execution time to the histogram; most commands stop at the first bound or two. */
    void recordLatency(long elapsedNanos) {
        int bucket = 0;
        while (bucket < LATENCY_BOUNDS_NANOS.length && elapsedNanos > LATENCY_BOUNDS_NANOS[bucket]) {
            bucket++;
        }
        latencyBuckets[bucket]++;
        latencyNanos += elapsedNanos;
    }

    void recordRejected() {
        REJECTED.setOpaque(this, rejected + 1);
    }

    public long calls() {
        return (long) CALLS.getOpaque(this);
    }

    public long micros() {
        return (long) NANOS.getOpaque(this) / 1000;
    }

    public long rejected() {
        return (long) REJECTED.getOpaque(this);
    }

    public long failed() {
        return (long) FAILED.getOpaque(this);
    }

    /** The histogram's bucket bounds in seconds, with a last bound of +Inf: a fresh array for the caller. */
    public static double[] latencyBoundsSeconds() {
        double[] seconds = new double[LATENCY_BOUNDS_NANOS.length + 1];
        for (int i = 0; i < LATENCY_BOUNDS_NANOS.length; i++) {
            seconds[i] = LATENCY_BOUNDS_NANOS[i] / 1e9;
        }
        seconds[LATENCY_BOUNDS_NANOS.length] = Double.POSITIVE_INFINITY;
        return seconds;
    }

    /**
     * Copies the histogram's per-bucket (not cumulative) counts into {@code into}, sized as
     * {@link #latencyBoundsSeconds()}, and returns how many executions they hold.
     */
    public long latencyBuckets(long[] into) {
        long total = 0;
        for (int i = 0; i < latencyBuckets.length; i++) {
            into[i] = latencyBuckets[i];
            total += into[i];
        }
        return total;
    }

    /** The summed execution time of the executions in the histogram. */
    public long latencyNanos() {
        return latencyNanos;
    }

    public void reset() {
        CALLS.setOpaque(this, 0L);
        NANOS.setOpaque(this, 0L);
        REJECTED.setOpaque(this, 0L);
        FAILED.setOpaque(this, 0L);
        Arrays.fill(latencyBuckets, 0);
        latencyNanos = 0;
    }
}
