package dev.cinnabar.command;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The connected clients by id, for CLIENT LIST/KILL and the client counts; ids increase from 1. */
public final class ClientRegistry {

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, ClientState> clients = new ConcurrentSkipListMap<>();

    public long nextId() {
        return nextId.getAndIncrement();
    }

    /** Numbers clients from 1 again, as after a start, unless one is connected (ids must stay unique). */
    public void restartIds() {
        if (clients.isEmpty()) {
            nextId.set(1);
        }
    }

    public void add(ClientState client) {
        clients.put(client.id(), client);
    }

    public void remove(ClientState client) {
        clients.remove(client.id());
    }

    public Collection<ClientState> all() {
        return Collections.unmodifiableCollection(clients.values());
    }

    public ClientState byId(long id) {
        return clients.get(id);
    }

    public int size() {
        return clients.size();
    }
}
