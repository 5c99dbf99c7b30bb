package dev.cinnabar.keyspace;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * Active expiry: a {@link TaskScheduler} job that wakes at the earliest deadline and deletes the keys
 * that are due, in slices of bounded work under the execution lock so it never stalls commands for
 * long. When more keys are due than one slice covers, it runs again at once; otherwise it sleeps until
 * the next deadline, and a command that sets an earlier one wakes it sooner.
 */
public final class ExpiryReaper implements SmartLifecycle {

    /** Index slots handled per slice: about a hundred microseconds of work. */
    static final int SLICE = 1000;

    private final Db db;
    private final TaskScheduler scheduler;
    private final Object scheduling = new Object();
    private ScheduledFuture<?> pending;
    private volatile long pendingAt = Long.MAX_VALUE;
    private volatile boolean running;

    public ExpiryReaper(Db db, TaskScheduler scheduler) {
        this.db = db;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        running = true;
        db.onDeadlineSet(this::wakeBy);
        scheduleAt(nextWake());
    }

    @Override
    public void stop() {
        running = false;
        synchronized (scheduling) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
            pendingAt = Long.MAX_VALUE;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Runs one slice now; returns how many index slots it consumed. Tests call it directly. */
    public int runOnce() {
        db.lock();
        try {
            return db.reap(SLICE);
        } finally {
            db.unlock();
        }
    }

    private void run() {
        synchronized (scheduling) {
            pending = null;
            pendingAt = Long.MAX_VALUE;
        }
        if (!running) {
            return;
        }
        int work = runOnce();
        scheduleAt(work >= SLICE ? db.now() : nextWake());
    }

    private long nextWake() {
        db.lock();
        try {
            return dueAfter(db.nextDeadline());
        } finally {
            db.unlock();
        }
    }

    private void wakeBy(long deadline) {
        long at = dueAfter(deadline);
        if (running && at < pendingAt) {
            scheduleAt(at);
        }
    }

    /**
     * When a key with this deadline becomes due: a key expires once the clock is strictly past its
     * deadline. PEXPIREAT accepts deadlines up to Long.MAX_VALUE, so saturate rather than wrap.
     */
    static long dueAfter(long deadline) {
        return deadline == Long.MAX_VALUE ? deadline : deadline + 1;
    }

    private void scheduleAt(long at) {
        synchronized (scheduling) {
            if (!running || at >= pendingAt) {
                return;
            }
            if (pending != null) {
                pending.cancel(false);
            }
            pendingAt = at;
            pending = at == Long.MAX_VALUE ? null : scheduler.schedule(this::run, Instant.ofEpochMilli(at));
        }
    }
}
