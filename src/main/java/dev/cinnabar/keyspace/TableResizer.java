package dev.cinnabar.keyspace;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * The keyspace tables' periodic care, as in Redis's {@code databasesCron}: starts shrinking tables that
 * mass deletions left mostly empty (see {@link Dict#shrinkIfSparse()} for why deletions do not), and
 * moves resizes along, so a table that traffic stopped writing to does not stay half-moved.
 */
public final class TableResizer implements SmartLifecycle {

    private static final Duration PERIOD = Duration.ofMillis(100);
    /** Buckets moved per database per run: around a millisecond of work, as Redis gives it. */
    static final int BUCKETS_PER_RUN = 10_000;

    private final Db db;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> task;

    public TableResizer(Db db, TaskScheduler scheduler) {
        this.db = db;
        this.scheduler = scheduler;
    }

    /** One pass over the databases under the execution lock; returns how many are still resizing. */
    public int runOnce() {
        db.lock();
        try {
            return db.resizeTables(BUCKETS_PER_RUN);
        } finally {
            db.unlock();
        }
    }

    @Override
    public void start() {
        task = scheduler.scheduleAtFixedRate(this::runOnce, PERIOD);
    }

    @Override
    public void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
