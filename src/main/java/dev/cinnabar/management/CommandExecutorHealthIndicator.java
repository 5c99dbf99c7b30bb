package dev.cinnabar.management;

import dev.cinnabar.command.Dispatcher;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;

/**
 * Liveness of the command executor. Commands run one at a time, so one that never returns wedges every
 * client while the JVM looks perfectly alive; this reports DOWN once the command in progress has run
 * longer than the limit, so Kubernetes restarts the pod.
 */
public final class CommandExecutorHealthIndicator implements HealthIndicator {

    private final Dispatcher dispatcher;
    private final Duration limit;

    public CommandExecutorHealthIndicator(Dispatcher dispatcher, Duration limit) {
        this.dispatcher = dispatcher;
        this.limit = limit;
    }

    @Override
    public Health health() {
        String command = dispatcher.executingCommand();
        long running = dispatcher.executingNanos();
        if (command != null && running > limit.toNanos()) {
            return Health.down()
                    .withDetail("command", command)
                    .withDetail("runningFor", Duration.ofNanos(running).toString())
                    .withDetail("limit", limit.toString())
                    .build();
        }
        return Health.up().withDetail("limit", limit.toString()).build();
    }
}
