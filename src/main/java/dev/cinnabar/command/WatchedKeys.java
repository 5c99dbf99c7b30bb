package dev.cinnabar.command;

import dev.cinnabar.keyspace.Db;
import dev.cinnabar.keyspace.Entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys clients WATCH, for EXEC to refuse a transaction when one of them changed. Two checks together
 * see every change: a write command marks the keys it names (the dispatcher calls {@link #touched} after
 * each successful write), and EXEC compares each watched key's entry with the one seen at WATCH time, which
 * catches what no command names: expiry, FLUSHDB and FLUSHALL, SWAPDB, MOVE and COPY into another
 * database. A key already expired when watched is not counted as changed by its expiry, as in Redis 7.0.
 *
 * <p>Everything here runs under the execution lock.
 */
public final class WatchedKeys {

    /** One client's watches: each key with the entry it had, and whether a write has touched one since. */
    private static final class Watches {
        final Map<DbKey, Entry> entries = new HashMap<>();
        boolean touched;
    }

    private final Db db;
    private final Map<DbKey, Set<Long>> watchers = new HashMap<>();
    private final Map<Long, Watches> byClient = new HashMap<>();

    public WatchedKeys(Db db) {
        this.db = db;
    }

    /** Whether anyone watches anything: when not, writes skip the bookkeeping. */
    boolean any() {
        return !byClient.isEmpty();
    }

    public void watch(ClientState client, int index, byte[] key) {
        DbKey k = new DbKey(index, key);
        Watches watches = byClient.computeIfAbsent(client.id(), id -> new Watches());
        if (watches.entries.containsKey(k)) {
            return;
        }
        watches.entries.put(k, db.database(index).probe(key, db.now()));
        watchers.computeIfAbsent(k, x -> new HashSet<>()).add(client.id());
    }

    /** A write command changed {@code key} of database {@code index}. */
    void touched(int index, byte[] key) {
        Set<Long> clients = watchers.get(new DbKey(index, key));
        if (clients != null) {
            for (long id : clients) {
                byClient.get(id).touched = true;
            }
        }
    }

    /** A write command whose keys cannot be told from its arguments' positions ran on database {@code index}. */
    void touchedAll(int index) {
        for (Map.Entry<DbKey, Set<Long>> e : watchers.entrySet()) {
            if (e.getKey().db() == index) {
                for (long id : e.getValue()) {
                    byClient.get(id).touched = true;
                }
            }
        }
    }

    /** Whether any key the client watches changed since it watched it. */
    public boolean changed(ClientState client) {
        Watches watches = byClient.get(client.id());
        if (watches == null) {
            return false;
        }
        if (watches.touched) {
            return true;
        }
        long now = db.now();
        for (Map.Entry<DbKey, Entry> e : watches.entries.entrySet()) {
            DbKey k = e.getKey();
            if (db.database(k.db()).probe(k.key(), now) != e.getValue()) {
                return true;
            }
        }
        return false;
    }

    /** Forgets every key the client watches (UNWATCH, EXEC, DISCARD, RESET, disconnection). */
    public void unwatch(ClientState client) {
        Watches watches = byClient.remove(client.id());
        if (watches == null) {
            return;
        }
        for (DbKey k : watches.entries.keySet()) {
            Set<Long> clients = watchers.get(k);
            clients.remove(client.id());
            if (clients.isEmpty()) {
                watchers.remove(k);
            }
        }
    }

    /** Every key of a command's fixed key positions, for {@link #touched}. */
    static List<byte[]> keysOf(CommandSpec spec, byte[][] args) {
        List<byte[]> keys = new ArrayList<>();
        if (spec.firstKey() <= 0) {
            return keys;
        }
        int last = spec.lastKey() < 0 ? args.length + spec.lastKey() : spec.lastKey();
        for (int i = spec.firstKey(); i <= last && i < args.length; i += Math.max(1, spec.step())) {
            keys.add(args[i]);
        }
        return keys;
    }
}
