package dev.cinnabar.keyspace;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Gives back the memory of hash tables that mass deletions left mostly empty, on a timer, as Redis's
 * {@code databasesCron} does; see {@link Dict#shrinkIfSparse()} for why deletions do not do it.
 */
public final class TableShrinker implements SmartLifecycle {

    private static final Duration PERIOD = Duration.ofMillis(100);

    private final Db db;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> task;

    public TableShrinker(Db db, TaskScheduler scheduler) {
        this.db = db;
        this.scheduler = scheduler;
    }

    /** One pass over the databases under the execution lock; tests call it directly. */
    public int runOnce() {
        db.lock();
        try {
            return db.shrinkSparseTables();
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
