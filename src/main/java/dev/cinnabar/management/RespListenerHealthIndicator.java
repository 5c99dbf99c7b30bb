package dev.cinnabar.management;

import dev.cinnabar.server.RespServerStartedEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Readiness of the RESP listener: DOWN until it is bound, UP while it accepts clients, and DOWN again
 * from the moment shutdown begins, so Kubernetes stops routing clients before connections are drained.
 */
public final class RespListenerHealthIndicator implements HealthIndicator {

    private volatile int port = -1;
    private volatile boolean closing;

    @EventListener
    public void listening(RespServerStartedEvent event) {
        port = event.port();
    }

    /** The context announces its close before any lifecycle bean stops, the RESP listener included. */
    @EventListener
    public void closing(ContextClosedEvent event) {
        closing = true;
    }

    @Override
    public Health health() {
        if (closing) {
            return Health.down().withDetail("listener", "shutting down").build();
        }
        if (port < 0) {
            return Health.down().withDetail("listener", "not bound yet").build();
        }
        return Health.up().withDetail("port", port).build();
    }
}
