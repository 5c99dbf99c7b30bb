package dev.cinnabar.command;

import java.util.ArrayList;
import java.util.List;

/** The commands a client queued after MULTI, and whether queueing one failed (EXEC then aborts). */
public final class Transaction {

    record Queued(CommandTable.Entry command, byte[][] args) {
    }

    private final List<Queued> queued = new ArrayList<>();
    private boolean aborted;

    void add(CommandTable.Entry command, byte[][] args) {
        queued.add(new Queued(command, args));
    }

    List<Queued> queued() {
        return queued;
    }

    /** How many commands wait for EXEC: CLIENT LIST's multi field. */
    public int size() {
        return queued.size();
    }

    void abort() {
        aborted = true;
    }

    public boolean aborted() {
        return aborted;
    }
}
