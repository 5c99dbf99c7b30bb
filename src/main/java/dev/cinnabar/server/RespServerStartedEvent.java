package dev.cinnabar.server;

import org.springframework.context.ApplicationEvent;

/** Published once the RESP listener is bound, with the port it got (useful when configured as 0). */
public final class RespServerStartedEvent extends ApplicationEvent {

    private final int port;

    public RespServerStartedEvent(Object source, int port) {
        super(source);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
