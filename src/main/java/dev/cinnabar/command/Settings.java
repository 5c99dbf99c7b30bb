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
    private volatile long hashMaxListpackEntries = 512;
    private volatile long hashMaxListpackValue = 64;
    private volatile int listMaxListpackSize = -2;
    private volatile long setMaxIntsetEntries = 512;
    private volatile long zsetMaxListpackEntries = 128;
    private volatile long zsetMaxListpackValue = 64;

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

    /** Most fields a hash keeps in its compact listpack layout before it becomes a hash table. */
    public long hashMaxListpackEntries() {
        return hashMaxListpackEntries;
    }

    public void hashMaxListpackEntries(long value) {
        this.hashMaxListpackEntries = value;
    }

    /** Longest field or value, in bytes, a hash keeps in its listpack layout. */
    public long hashMaxListpackValue() {
        return hashMaxListpackValue;
    }

    public void hashMaxListpackValue(long value) {
        this.hashMaxListpackValue = value;
    }

    /**
     * Size of each node of a list: positive, at most that many elements; -1 to -5, at most 4, 8, 16, 32
     * or 64 KB (redis.conf's list-max-listpack-size).
     */
    public int listMaxListpackSize() {
        return listMaxListpackSize;
    }

    public void listMaxListpackSize(int value) {
        this.listMaxListpackSize = value;
    }

    /** Most members a set of integers keeps in its sorted intset layout. */
    public long setMaxIntsetEntries() {
        return setMaxIntsetEntries;
    }

    public void setMaxIntsetEntries(long value) {
        this.setMaxIntsetEntries = value;
    }

    /** Most members a sorted set keeps in its listpack layout before it becomes a skip list. */
    public long zsetMaxListpackEntries() {
        return zsetMaxListpackEntries;
    }

    public void zsetMaxListpackEntries(long value) {
        this.zsetMaxListpackEntries = value;
    }

    /** Longest member, in bytes, a sorted set keeps in its listpack layout. */
    public long zsetMaxListpackValue() {
        return zsetMaxListpackValue;
    }

    public void zsetMaxListpackValue(long value) {
        this.zsetMaxListpackValue = value;
    }
}
