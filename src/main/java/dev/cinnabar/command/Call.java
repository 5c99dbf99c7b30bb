package dev.cinnabar.command;

import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Db;
import dev.cinnabar.keyspace.TypedValue;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;

import java.nio.charset.StandardCharsets;

/**
 * One command invocation: the arguments, the calling client, where the reply goes, and the time the
 * command runs at. One instance per connection is reused for every command it sends.
 */
public final class Call {

    private final ClientState client;
    private final Reply reply;
    private final Db db;
    private final ClientConnection connection;
    private byte[][] args;
    private long now;
    private CommandSpec spec;
    private BlockRequest blockRequest;
    private byte[] servedKey;
    private boolean blockingDenied;
    private byte[][] changedKeys;
    /** The name array of this connection's previous command and the entry it named; see {@link #command}. */
    private byte[] lastName;
    private CommandTable.Entry lastEntry;

    public Call(ClientState client, Reply reply, Db db, ClientConnection connection) {
        this.client = client;
        this.reply = reply;
        this.db = db;
        this.connection = connection;
    }

    void begin(byte[][] arguments, long time) {
        this.args = arguments;
        this.now = time;
        this.spec = null;
        this.blockRequest = null;
        this.changedKeys = null;
    }

    /**
     * The table's entry for this command name. The decoder hands a connection that repeats a command the
     * very array of its previous name, so a repeat skips the table: at one request per read the table's
     * lines are out of cache by then, and their misses showed in profiles.
     */
    CommandTable.Entry command(CommandTable table, byte[] name) {
        if (name != lastName) {
            lastEntry = table.lookup(name);
            lastName = name;
        }
        return lastEntry;
    }

    ClientConnection connection() {
        return connection;
    }

    /**
     * Suspends the client, instead of replying, until one of {@code keys} holds a {@code type} value or
     * {@code timeoutMillis} pass ({@link BlockingTimeout#FOREVER}: never). The command then runs again
     * with {@link #servedKey()} set to the key that became ready; a timeout replies with a null array.
     * Where nothing may block (inside MULTI), replies with the null array at once, as Redis does.
     */
    public void block(byte[][] keys, Class<? extends TypedValue> type, long timeoutMillis) {
        if (blockingDenied) {
            reply.nullArray();
        } else {
            this.blockRequest = new BlockRequest(keys, type, timeoutMillis);
        }
    }

    /** False inside MULTI, where a blocking command must answer at once. */
    public boolean mayBlock() {
        return !blockingDenied;
    }

    void denyBlocking(boolean denied) {
        this.blockingDenied = denied;
    }

    BlockRequest blockRequest() {
        return blockRequest;
    }

    /**
     * When a blocked command runs again because a key it waits on became ready, that key: the command
     * takes from it rather than from the first non-empty of its keys, as Redis serves the key that was
     * pushed to. Null on a command's first run.
     */
    public byte[] servedKey() {
        return servedKey;
    }

    void servedKey(byte[] key) {
        this.servedKey = key;
    }

    /**
     * Names the keys this command changed, for a MOVABLEKEYS command whose argument positions do not
     * tell: WATCH then counts only these as touched (none when called with none), where otherwise every
     * watched key of the database would count.
     */
    public void changedKeys(byte[]... keys) {
        this.changedKeys = keys;
    }

    /** What {@link #changedKeys(byte[]...)} was told, or null when the command did not say. */
    byte[][] changedKeys() {
        return changedKeys;
    }

    void resolved(CommandSpec command) {
        this.spec = command;
    }

    /** The full name of the running command ({@code client|list} for a subcommand), as errors quote it. */
    public String commandName() {
        return spec.name();
    }

    public ClientState client() {
        return client;
    }

    public Reply reply() {
        return reply;
    }

    public Db db() {
        return db;
    }

    /** The client's selected database. */
    public Database database() {
        return db.database(client.db());
    }

    /** The time this command runs at, in epoch milliseconds: one reading for the whole command. */
    public long now() {
        return now;
    }

    public int argc() {
        return args.length;
    }

    public byte[][] args() {
        return args;
    }

    public byte[] arg(int i) {
        return args[i];
    }

    public String text(int i) {
        return new String(args[i], StandardCharsets.UTF_8);
    }

    /** The argument with its ASCII letters in lower case (only those, as Redis folds them), for matching option names. */
    public String option(int i) {
        byte[] arg = args[i];
        byte[] lower = arg;
        for (int k = 0; k < arg.length; k++) {
            if (arg[k] >= 'A' && arg[k] <= 'Z') {
                if (lower == arg) {
                    lower = arg.clone();
                }
                lower[k] = (byte) asciiLower(arg[k]);
            }
        }
        return new String(lower, StandardCharsets.UTF_8);
    }

    /**
     * Whether the argument is {@code option} in any case, ASCII letters only, as Redis's {@code strcasecmp}:
     * no String is made, and no other alphabet's letters fold into ASCII ones.
     */
    public boolean is(int i, String option) {
        byte[] arg = args[i];
        if (arg.length != option.length()) {
            return false;
        }
        for (int k = 0; k < arg.length; k++) {
            if (asciiLower(arg[k]) != asciiLower(option.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The argument as an integer, or Redis's "not an integer" error. */
    public long integer(int i) {
        long invalid = Long.MIN_VALUE;
        long value = Numbers.parseLong(args[i], invalid);
        if (value == invalid && !"-9223372036854775808".equals(text(i))) {
            throw RedisError.NOT_AN_INTEGER;
        }
        return value;
    }
}
