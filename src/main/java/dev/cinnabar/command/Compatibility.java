package dev.cinnabar.command;

/** The Redis release whose replies Cinnabar reproduces, as HELLO and INFO announce it to clients. */
public final class Compatibility {

    public static final String REDIS_VERSION = "7.0.15";

    private Compatibility() {
    }
}
