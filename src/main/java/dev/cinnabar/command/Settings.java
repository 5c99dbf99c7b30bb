package dev.cinnabar.command;

/**
 * The live values of the settings that can change at run time (CONFIG SET), read by the network layer
 * and the dispatcher. Start-up values come from the {@code redis.*} properties.
 */
public final class Settings {

    private final int port;
    private final String bind;
    private final int databases;
    private volatile String requirepass;
    private volatile int maxclients;
    private volatile int timeout;
    private volatile long protoMaxBulkLen;
    private volatile boolean latencyTracking = true;

    public Settings(int port, String bind, int databases, String requirepass, int maxclients, int timeout,
                    long protoMaxBulkLen) {
        this.port = port;
        this.bind = bind;
        this.databases = databases;
        this.requirepass = requirepass == null ? "" : requirepass;
        this.maxclients = maxclients;
        this.timeout = timeout;
        this.protoMaxBulkLen = protoMaxBulkLen;
    }

    public int port() {
        return port;
    }

    public String bind() {
        return bind;
    }

    public int databases() {
        return databases;
    }

    public String requirepass() {
        return requirepass;
    }

    public void requirepass(String value) {
        this.requirepass = value;
    }

    public boolean authRequired() {
        return !requirepass.isEmpty();
    }

    public int maxclients() {
        return maxclients;
    }

    public void maxclients(int value) {
        this.maxclients = value;
    }

    public int timeout() {
        return timeout;
    }

    public void timeout(int value) {
        this.timeout = value;
    }

    public long protoMaxBulkLen() {
        return protoMaxBulkLen;
    }

    public void protoMaxBulkLen(long value) {
        this.protoMaxBulkLen = value;
    }

    /** Whether each command's execution time goes into its latency histogram (redis.conf's latency-tracking). */
    public boolean latencyTracking() {
        return latencyTracking;
    }

    public void latencyTracking(boolean value) {
        this.latencyTracking = value;
    }
}
