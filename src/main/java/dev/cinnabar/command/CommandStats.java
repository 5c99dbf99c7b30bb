package dev.cinnabar.command;

/**
 * Call counters of one command, as INFO commandstats reports them. Updated under the execution lock;
 * read without it by INFO and metrics, where a slightly stale figure is fine.
 */
public final class CommandStats {

    private volatile long calls;
    private volatile long micros;
    private volatile long rejected;
    private volatile long failed;

    void recordCall(long elapsedNanos, boolean failedCall) {
        calls++;
        micros += elapsedNanos / 1000;
        if (failedCall) {
            failed++;
        }
    }

    void recordRejected() {
        rejected++;
    }

    public long calls() {
        return calls;
    }

    public long micros() {
        return micros;
    }

    public long rejected() {
        return rejected;
    }

    public long failed() {
        return failed;
    }

    public void reset() {
        calls = 0;
        micros = 0;
        rejected = 0;
        failed = 0;
    }
}
