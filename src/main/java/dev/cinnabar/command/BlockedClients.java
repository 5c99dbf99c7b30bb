package dev.cinnabar.command;

import dev.cinnabar.keyspace.Db;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.KeyspaceListener;
import dev.cinnabar.resp.Reply;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The clients waiting in blocking commands (BLPOP, BLMOVE, BZPOPMIN, ...), as Redis keeps them: a queue
 * of clients per (database, key), served first come first served, and a list of keys that became ready
 * since the last command. After each command the dispatcher serves the ready keys: each waiting client,
 * in the order it blocked, runs its command again while the key still holds a value of the type it
 * waits for. Serving may make further keys ready (BLMOVE pushes to its destination), and those are
 * served in the same pass. A blocked client holds no thread: it is a queue entry and, if it has a
 * timeout, a timer on its connection's event loop.
 *
 * <p>Everything here runs under the execution lock, except {@link #count()}, read by INFO and metrics.
 */
public final class BlockedClients implements KeyspaceListener {

    private static final String UNBLOCKED = "UNBLOCKED client unblocked via CLIENT UNBLOCK";

    private final Db db;
    private final Map<DbKey, ArrayDeque<Waiter>> waiting = new HashMap<>();
    private final Map<Long, Waiter> byClient = new HashMap<>();
    private final ArrayDeque<DbKey> ready = new ArrayDeque<>();
    private final Set<DbKey> readySet = new HashSet<>();
    private volatile int count;
    private volatile int timed;

    public BlockedClients(Db db) {
        this.db = db;
    }

    /** One blocked client: its command, ready to run again, and what it waits for. */
    private static final class Waiter {
        final Call call;
        final CommandTable.Entry command;
        final DbKey[] keys;
        final BlockRequest request;
        Runnable cancelTimer = () -> { };

        Waiter(Call call, CommandTable.Entry command, DbKey[] keys, BlockRequest request) {
            this.call = call;
            this.command = command;
            this.keys = keys;
            this.request = request;
        }
    }

    /** How many clients are blocked now (INFO's blocked_clients). */
    public int count() {
        return count;
    }

    /** How many of them have a timeout (INFO's clients_in_timeout_table). */
    public int timed() {
        return timed;
    }

    boolean hasReadyKeys() {
        return !ready.isEmpty();
    }

    /** Suspends the calling client as its command asked. */
    void block(Call call, CommandTable.Entry command, BlockRequest request) {
        int index = call.client().db();
        DbKey[] keys = new DbKey[request.keys().length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new DbKey(index, request.keys()[i]);
        }
        Waiter waiter = new Waiter(call, command, keys, request);
        for (DbKey key : keys) {
            waiting.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(waiter);
        }
        byClient.put(call.client().id(), waiter);
        call.client().blocked(true);
        count = byClient.size();
        db.listen(this);
        if (request.timeoutMillis() != BlockingTimeout.FOREVER) {
            waiter.cancelTimer = call.connection().schedule(() -> timedOut(waiter), request.timeoutMillis());
            timed++;
        }
    }

    /** Forgets a client that went away while blocked. */
    public void disconnected(ClientState client) {
        Waiter waiter = byClient.get(client.id());
        if (waiter != null) {
            release(waiter);
        }
    }

    /**
     * CLIENT UNBLOCK: ends the wait of client {@code id} as if it timed out, or with the UNBLOCKED
     * error; false if that client is not blocked.
     */
    public boolean unblock(long id, boolean withError) {
        Waiter waiter = byClient.get(id);
        if (waiter == null) {
            return false;
        }
        release(waiter);
        Reply reply = waiter.call.connection().openReply();
        if (withError) {
            reply.error(UNBLOCKED);
        } else {
            reply.nullArray();
        }
        waiter.command.stats().recordCall(0, withError);
        waiter.call.connection().sendReply();
        return true;
    }

    private void timedOut(Waiter waiter) {
        db.lock();
        try {
            if (byClient.get(waiter.call.client().id()) != waiter) {
                return;
            }
            release(waiter);
            waiter.call.connection().openReply().nullArray();
            waiter.command.stats().recordCall(0, false);
            waiter.call.connection().sendReply();
        } finally {
            db.unlock();
        }
    }

    @Override
    public void keyAdded(int index, byte[] key) {
        DbKey k = new DbKey(index, key);
        if (waiting.containsKey(k) && readySet.add(k)) {
            ready.addLast(k);
        }
    }

    @Override
    public void swapped(int a, int b) {
        for (DbKey k : waiting.keySet()) {
            if ((k.db() == a || k.db() == b) && readySet.add(k)) {
                ready.addLast(k);
            }
        }
    }

    /**
     * Serves the clients waiting on keys that became ready, with {@code runner} running each one's
     * command again; returns when no ready key is left.
     */
    void serveReady(Runner runner) {
        while (!ready.isEmpty()) {
            DbKey key = ready.pollFirst();
            readySet.remove(key);
            ArrayDeque<Waiter> queue = waiting.get(key);
            if (queue == null) {
                continue;
            }
            for (Waiter waiter : queue.toArray(new Waiter[0])) {
                if (byClient.get(waiter.call.client().id()) != waiter) {
                    continue;
                }
                Entry entry = db.database(key.db()).lookup(key.key(), db.now());
                if (entry == null || !waiter.request.type().isInstance(entry.value())) {
                    break;
                }
                if (runner.serve(waiter.call, waiter.command, key.key())) {
                    release(waiter);
                    waiter.call.connection().sendReply();
                } else {
                    waiter.call.connection().discardReply();
                }
            }
        }
    }

    /** Runs a blocked client's command again for a ready key; true if it replied rather than blocking again. */
    interface Runner {
        boolean serve(Call call, CommandTable.Entry command, byte[] key);
    }

    private void release(Waiter waiter) {
        waiter.cancelTimer.run();
        if (waiter.request.timeoutMillis() != BlockingTimeout.FOREVER) {
            timed--;
        }
        for (DbKey key : waiter.keys) {
            ArrayDeque<Waiter> queue = waiting.get(key);
            if (queue != null) {
                queue.remove(waiter);
                if (queue.isEmpty()) {
                    waiting.remove(key);
                }
            }
        }
        byClient.remove(waiter.call.client().id());
        waiter.call.client().blocked(false);
        count = byClient.size();
        if (byClient.isEmpty()) {
            db.listen(null);
            ready.clear();
            readySet.clear();
        }
    }
}
