package dev.cinnabar.command;

import java.lang.invoke.VarHandle;
import java.util.Locale;

/**
 * What the server knows of one connection that commands may read or change: its id and name, selected
 * database, protocol version, authentication, and how to close it. The network side ({@code server})
 * fills in the addresses and the closer; commands never touch the channel.
 */
public final class ClientState {

    private final long id;
    private final long createdAt;
    private final String address;
    private final String localAddress;
    private final Runnable closer;
    private volatile String name = "";
    private volatile String libName = "";
    private volatile String libVersion = "";
    private volatile int db;
    private volatile int protocol = 2;
    private volatile boolean authenticated;
    private static final VarHandle LAST_INTERACTION = Opaque.field(ClientState.class, "lastInteraction");
    private static final VarHandle LAST_COMMAND = Opaque.field(ClientState.class, "lastCommand");

    /** Set by every command under the execution lock, read by the idle sweep: opaque, as in {@link CommandStats}. */
    private long lastInteraction;
    private String lastCommand = "NULL";
    private boolean closeAfterReply;
    /** The commands queued since MULTI, or null outside a transaction. */
    private Transaction transaction;
    /** Waiting in a blocking command: its later requests wait too, and the idle timeout spares it. */
    private volatile boolean blocked;
    /** The socket's file descriptor when the transport exposes it (epoll), else -1 as Redis shows for none. */
    private volatile int fd = -1;

    public ClientState(long id, String address, String localAddress, long now, boolean authenticated, Runnable closer) {
        this.id = id;
        this.address = address;
        this.localAddress = localAddress;
        this.createdAt = now;
        LAST_INTERACTION.setOpaque(this, now);
        this.authenticated = authenticated;
        this.closer = closer;
    }

    public void fd(int descriptor) {
        this.fd = descriptor;
    }

    public long id() {
        return id;
    }

    public String address() {
        return address;
    }

    public String localAddress() {
        return localAddress;
    }

    public long createdAt() {
        return createdAt;
    }

    public String name() {
        return name;
    }

    public void name(String newName) {
        this.name = newName;
    }

    public String libName() {
        return libName;
    }

    public String libVersion() {
        return libVersion;
    }

    public void libName(String value) {
        this.libName = value;
    }

    public void libVersion(String value) {
        this.libVersion = value;
    }

    public int db() {
        return db;
    }

    public void db(int index) {
        this.db = index;
    }

    public int protocol() {
        return protocol;
    }

    public void protocol(int version) {
        this.protocol = version;
    }

    public boolean authenticated() {
        return authenticated;
    }

    public void authenticated(boolean value) {
        this.authenticated = value;
    }

    public long lastInteraction() {
        return (long) LAST_INTERACTION.getOpaque(this);
    }

    public void touch(long now, String command) {
        LAST_INTERACTION.setOpaque(this, now);
        LAST_COMMAND.setOpaque(this, command);
    }

    public String lastCommand() {
        return (String) LAST_COMMAND.getOpaque(this);
    }

    /** Asks for the connection to close once the current reply is written (QUIT, protocol errors). */
    public void closeAfterReply() {
        this.closeAfterReply = true;
    }

    public Transaction transaction() {
        return transaction;
    }

    /** Enters (a new transaction) or leaves (null) the MULTI state. */
    public void transaction(Transaction value) {
        this.transaction = value;
    }

    public boolean blocked() {
        return blocked;
    }

    void blocked(boolean value) {
        this.blocked = value;
    }

    public boolean closingAfterReply() {
        return closeAfterReply;
    }

    /** Closes the connection from another client (CLIENT KILL). */
    public void kill() {
        closer.run();
    }

    private String flags() {
        if (transaction != null) {
            return "x";
        }
        return blocked ? "b" : "N";
    }

    /** The line CLIENT LIST and CLIENT INFO print for this client. */
    public String describe(long now) {
        return "id=" + id + " addr=" + address + " laddr=" + localAddress + " fd=" + fd + " name=" + name
                + " age=" + (now - createdAt) / 1000 + " idle=" + (now - lastInteraction()) / 1000
                + " flags=" + flags() + " db=" + db + " sub=0 psub=0 ssub=0"
                + " multi=" + (transaction == null ? -1 : transaction.size()) + " qbuf=0 qbuf-free=0 argv-mem=0"
                + " multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 events=r cmd="
                + lastCommand().toLowerCase(Locale.ROOT) + " user=default redir=-1 resp=" + protocol
                + " lib-name=" + libName + " lib-ver=" + libVersion;
    }
}
