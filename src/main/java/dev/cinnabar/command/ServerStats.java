package dev.cinnabar.command;

import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Server-wide counters that INFO reports and metrics export: one source for both. Connection counters
 * are bumped by the network threads, the rest under the execution lock.
 */
public final class ServerStats {

    private final long startedAt;
    private final LongAdder connectionsReceived = new LongAdder();
    private final LongAdder rejectedConnections = new LongAdder();
    private final AtomicLong connectedClients = new AtomicLong();
    private static final VarHandle COMMANDS_PROCESSED = Opaque.field(ServerStats.class, "commandsProcessed");
    private static final VarHandle ERROR_REPLIES = Opaque.field(ServerStats.class, "errorReplies");
    private static final VarHandle NET_INPUT = Opaque.field(ServerStats.class, "netInput");
    private static final VarHandle NET_OUTPUT = Opaque.field(ServerStats.class, "netOutput");

    /**
     * Bumped under the execution lock and written in opaque mode, as {@link CommandStats}'s counters.
     * The byte counts are too: connections add their reads and replies there, where they would otherwise
     * pay for two atomic additions per request.
     */
    private long commandsProcessed;
    private long errorReplies;
    private long netInput;
    private long netOutput;
    private final Map<String, AtomicLong> errorsByCode = new ConcurrentHashMap<>();

    public ServerStats(long startedAt) {
        this.startedAt = startedAt;
    }

    public long startedAt() {
        return startedAt;
    }

    public void connectionOpened() {
        connectionsReceived.increment();
        connectedClients.incrementAndGet();
    }

    public void connectionClosed() {
        connectedClients.decrementAndGet();
    }

    public void connectionRejected() {
        rejectedConnections.increment();
    }

    /** Called under the execution lock. */
    public void bytesIn(long n) {
        NET_INPUT.setOpaque(this, netInput + n);
    }

    /** Called under the execution lock. */
    public void bytesOut(long n) {
        NET_OUTPUT.setOpaque(this, netOutput + n);
    }

    void commandProcessed() {
        COMMANDS_PROCESSED.setOpaque(this, commandsProcessed + 1);
    }

    public void errorReply(String code) {
        ERROR_REPLIES.setOpaque(this, errorReplies + 1);
        errorsByCode.computeIfAbsent(code, k -> new AtomicLong()).incrementAndGet();
    }

    public long connectedClients() {
        return connectedClients.get();
    }

    public long connectionsReceived() {
        return connectionsReceived.sum();
    }

    public long rejectedConnections() {
        return rejectedConnections.sum();
    }

    public long netInputBytes() {
        return (long) NET_INPUT.getOpaque(this);
    }

    public long netOutputBytes() {
        return (long) NET_OUTPUT.getOpaque(this);
    }

    /** The heap the JVM has in use: the nearest it has to Redis's used_memory, for INFO and metrics alike. */
    public long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    public long commandsProcessed() {
        return (long) COMMANDS_PROCESSED.getOpaque(this);
    }

    public long errorReplies() {
        return (long) ERROR_REPLIES.getOpaque(this);
    }

    public Map<String, AtomicLong> errorsByCode() {
        return errorsByCode;
    }

    /** CONFIG RESETSTAT: counters of activity go back to zero; gauges such as connected clients stay. */
    public void reset() {
        connectionsReceived.reset();
        rejectedConnections.reset();
        NET_INPUT.setOpaque(this, 0L);
        NET_OUTPUT.setOpaque(this, 0L);
        COMMANDS_PROCESSED.setOpaque(this, 0L);
        ERROR_REPLIES.setOpaque(this, 0L);
        errorsByCode.clear();
    }
}
