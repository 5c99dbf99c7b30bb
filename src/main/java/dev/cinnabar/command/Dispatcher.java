package dev.cinnabar.command;

import dev.cinnabar.resp.Reply;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one request, doing once for every command what no command should do itself: case-insensitive
 * lookup, the unknown-command and arity errors, the authentication check, and the counters behind INFO
 * commandstats and errorstats, the latency histograms, and the note of which command is executing
 * since when, that the liveness check reads. The caller holds the execution lock.
 */
public final class Dispatcher {

    private static final String NOAUTH = "NOAUTH Authentication required.";
    private static final int UNKNOWN_ARGS_BUDGET = 128;
    /** The commands that run at once inside MULTI rather than being queued. */
    private static final Set<String> CONTROLS_TRANSACTION = Set.of("exec", "discard", "multi", "watch", "quit", "reset");

    private final CommandTable table;
    private final Settings settings;
    private final ServerStats stats;
    private final BlockedClients blocked;
    private final WatchedKeys watched;
    // Written with lazySet: a plain store on the hot path; the health check may read it a moment late.
    private final AtomicLong executingSince = new AtomicLong();
    private final AtomicReference<CommandTable.Entry> executing = new AtomicReference<>();

    public Dispatcher(CommandTable table, Settings settings, ServerStats stats, BlockedClients blocked,
                      WatchedKeys watched) {
        this.table = table;
        this.settings = settings;
        this.stats = stats;
        this.blocked = blocked;
        this.watched = watched;
    }

    public CommandTable table() {
        return table;
    }

    /** Forgets a closed connection's blocking wait and watched keys; called under the execution lock. */
    public void clientClosed(ClientState client) {
        blocked.disconnected(client);
        watched.unwatch(client);
    }

    public void dispatch(Call call, byte[][] args) {
        long started = begin(call, args);
        long now = call.now();
        Reply reply = call.reply();
        stats.commandProcessed();
        CommandTable.Entry entry = call.command(table, args[0]);
        if (entry == null) {
            reject(call, null, unknownCommand(args));
            return;
        }
        if (!entry.spec().arityAccepts(args.length)) {
            reject(call, entry, arityError(entry));
            return;
        }
        if (entry.hasSubcommands() && args.length > 1) {
            CommandTable.Entry sub = entry.subcommand(args[1]);
            if (sub == null) {
                reject(call, null, "ERR unknown subcommand '" + truncated(CommandTable.text(args[1]))
                        + "'. Try " + entry.spec().name().toUpperCase(java.util.Locale.ROOT) + " HELP.");
                return;
            }
            if (!sub.spec().arityAccepts(args.length)) {
                reject(call, sub, arityError(sub));
                return;
            }
            entry = sub;
        }
        call.resolved(entry.spec());
        ClientState client = call.client();
        client.touch(now, entry.spec().name());
        if (!client.authenticated() && !entry.spec().has(Flag.NO_AUTH) && settings.authRequired()) {
            reject(call, entry, NOAUTH);
            return;
        }
        if (client.transaction() != null && !CONTROLS_TRANSACTION.contains(entry.spec().name())) {
            if (entry.spec().has(Flag.NO_MULTI)) {
                reject(call, entry, "ERR Command not allowed inside a transaction");
            } else {
                client.transaction().add(entry, args);
                reply.simple("QUEUED");
            }
            return;
        }
        run(call, entry, started);
        BlockRequest request = call.blockRequest();
        if (request != null) {
            blocked.block(call, entry, request);
        }
        if (blocked.hasReadyKeys()) {
            blocked.serveReady(this::serve);
        }
    }

    /**
     * Runs the command and records its statistics; returns false if it blocked instead of replying. A
     * blocked command is counted when it finally replies, as Redis counts it on unblocking.
     */
    private boolean run(Call call, CommandTable.Entry entry, long started) {
        executingSince.lazySet(started);
        executing.lazySet(entry);
        boolean failed = false;
        try {
            entry.command().execute(call);
        } catch (RedisError e) {
            failed = true;
            stats.errorReply(e.code());
            call.reply().error(e.getMessage());
        } finally {
            executing.lazySet(null);
        }
        if (call.blockRequest() != null) {
            return false;
        }
        if (!failed && watched.any() && entry.spec().has(Flag.WRITE)) {
            touchKeys(call, entry.spec());
        }
        long elapsed = System.nanoTime() - started;
        CommandStats counters = entry.stats();
        counters.recordCall(elapsed, failed);
        if (settings.latencyTracking()) {
            counters.recordLatency(elapsed);
        }
        return true;
    }

    /**
     * Starts a command's call and returns when, on the monotonic clock: one clock reading serves both its
     * timing and the time it runs at.
     */
    private static long begin(Call call, byte[][] args) {
        long started = System.nanoTime();
        call.begin(args, call.db().nowAt(started));
        return started;
    }

    private void touchKeys(Call call, CommandSpec spec) {
        int index = call.client().db();
        byte[][] changed = call.changedKeys();
        if (spec.has(Flag.MOVABLEKEYS) && changed == null) {
            watched.touchedAll(index);
            return;
        }
        for (byte[] key : changed != null ? List.of(changed) : WatchedKeys.keysOf(spec, call.args())) {
            watched.touched(index, key);
        }
    }

    /**
     * EXEC's work: runs the queued commands in order, each reply an element of EXEC's array. A blocking
     * command among them does not block: it answers at once, as in Redis.
     */
    public void runQueued(Call call, Transaction transaction) {
        call.reply().array(transaction.size());
        call.denyBlocking(true);
        try {
            for (Transaction.Queued q : transaction.queued()) {
                long started = begin(call, q.args());
                call.resolved(q.command().spec());
                run(call, q.command(), started);
            }
        } finally {
            call.denyBlocking(false);
        }
    }

    /** Runs a blocked client's command again, its reply going to the client's own connection. */
    private boolean serve(Call call, CommandTable.Entry entry, byte[] key) {
        call.connection().openReply();
        long started = begin(call, call.args());
        call.resolved(entry.spec());
        call.servedKey(key);
        try {
            return run(call, entry, started);
        } finally {
            call.servedKey(null);
        }
    }

    /** The name of the command executing now, or null between commands. */
    public String executingCommand() {
        CommandTable.Entry entry = executing.get();
        return entry == null ? null : entry.spec().name();
    }

    /** For how many nanoseconds the command executing now has run, or -1 between commands. */
    public long executingNanos() {
        // The entry is published after its start time, so reading it first never pairs it with an older start.
        if (executing.get() == null) {
            return -1;
        }
        return System.nanoTime() - executingSince.get();
    }

    /**
     * Refuses a request before it runs. Inside MULTI that also dooms the transaction, and a refused EXEC
     * discards it, naming the reason in an EXECABORT error, as in Redis.
     */
    private void reject(Call call, CommandTable.Entry entry, String message) {
        if (entry != null) {
            entry.stats().recordRejected();
        }
        ClientState client = call.client();
        if (entry != null && entry.spec().name().equals("exec")) {
            client.transaction(null);
            watched.unwatch(client);
            message = "EXECABORT Transaction discarded because of: "
                    + (message.startsWith("ERR ") ? message.substring(4) : message);
        } else if (client.transaction() != null) {
            client.transaction().abort();
        }
        stats.errorReply(RedisError.code(message));
        call.reply().error(message);
    }

    private static String arityError(CommandTable.Entry entry) {
        return "ERR wrong number of arguments for '" + entry.spec().name() + "' command";
    }

    /** Redis's text: the name, then the first arguments, each quoted and followed by a space, up to a budget. */
    private static String unknownCommand(byte[][] args) {
        StringBuilder quoted = new StringBuilder();
        for (int i = 1; i < args.length && quoted.length() < UNKNOWN_ARGS_BUDGET; i++) {
            String arg = CommandTable.text(args[i]);
            int room = UNKNOWN_ARGS_BUDGET - quoted.length();
            quoted.append('\'').append(arg, 0, Math.min(arg.length(), room)).append("' ");
        }
        return "ERR unknown command '" + truncated(CommandTable.text(args[0])) + "', with args beginning with: " + quoted;
    }

    private static String truncated(String s) {
        return s.length() > UNKNOWN_ARGS_BUDGET ? s.substring(0, UNKNOWN_ARGS_BUDGET) : s;
    }
}
