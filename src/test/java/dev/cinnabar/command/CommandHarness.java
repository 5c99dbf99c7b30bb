package dev.cinnabar.command;

import dev.cinnabar.keyspace.Db;
import dev.cinnabar.resp.Reply;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs commands without a network: every command bean of {@code dev.cinnabar.command}, a keyspace on a
 * {@link FakeClock}, and one client. {@link #exec} returns the raw RESP reply, so tests can assert the
 * exact bytes Redis would send.
 */
public final class CommandHarness implements AutoCloseable {

    public static final long START = 1_700_000_000_000L;

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final FakeClock clock = new FakeClock(START);
    private final Db db;
    private final Dispatcher dispatcher;
    private final Settings settings;
    private final ClientRegistry registry = new ClientRegistry();
    private final ServerStats stats;
    private final Client client;
    private final List<Timer> timers = new ArrayList<>();

    public CommandHarness() {
        this("");
    }

    public CommandHarness(String requirepass) {
        this(requirepass, ConfigFileTarget.NONE);
    }

    /** A server started with the given configuration file, for CONFIG REWRITE. */
    public CommandHarness(ConfigFileTarget configFile) {
        this("", configFile);
    }

    private CommandHarness(String requirepass, ConfigFileTarget configFile) {
        settings = new Settings(6379, "127.0.0.1", 16, requirepass, 10000, 0, 512L * 1024 * 1024);
        db = new Db(16, clock);
        stats = new ServerStats(START);
        context.registerBean(Db.class, () -> db);
        context.registerBean(Settings.class, () -> settings);
        context.registerBean(ConfigFileTarget.class, () -> configFile);
        context.registerBean(ServerStats.class, () -> stats);
        context.registerBean(ClientRegistry.class, () -> registry);
        context.registerBean(java.time.Clock.class, () -> clock);
        context.registerBean(CommandTable.class, () -> new CommandTable(context.getBeansOfType(Command.class).values()));
        context.registerBean(BlockedClients.class, () -> new BlockedClients(db));
        context.registerBean(WatchedKeys.class, () -> new WatchedKeys(db));
        context.registerBean(Dispatcher.class, () -> new Dispatcher(context.getBean(CommandTable.class), settings, stats,
                context.getBean(BlockedClients.class), context.getBean(WatchedKeys.class)));
        context.scan("dev.cinnabar.command");
        context.refresh();
        dispatcher = context.getBean(Dispatcher.class);
        client = newClient();
    }

    /** A further client of the same server, for commands that involve two connections. */
    public Client newClient() {
        return new Client();
    }

    /** Runs one command as the default client and returns its reply bytes as text (ISO-8859-1). */
    public String exec(String... args) {
        return client.exec(args);
    }

    public FakeClock clock() {
        return clock;
    }

    /** Moves the clock on and fires the blocked clients' timers that fall due, as the event loop would. */
    public void advance(long millis) {
        clock.advance(millis);
        List<Timer> due = timers.stream().filter(t -> t.dueAt <= clock.millis()).sorted(
                Comparator.comparingLong(Timer::dueAt)).toList();
        timers.removeAll(due);
        due.forEach(t -> t.task.run());
    }

    private record Timer(long dueAt, Runnable task) {
    }

    public Db db() {
        return db;
    }

    public Settings settings() {
        return settings;
    }

    public ServerStats stats() {
        return stats;
    }

    public ClientState client() {
        return client.state;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** One connection's state and reply buffer, and the replies it got while blocked. */
    public final class Client implements ClientConnection {
        private final ClientState state;
        private final RespWriter writer = new RespWriter();
        private final Call call;
        private final StringBuilder later = new StringBuilder();
        private ByteBuf asyncOut;
        private boolean closed;

        private Client() {
            long id = registry.nextId();
            state = new ClientState(id, "127.0.0.1:" + (40000 + id), "127.0.0.1:6379", clock.millis(),
                    !settings.authRequired(), () -> closed = true);
            registry.add(state);
            call = new Call(state, writer, db, this);
        }

        public String exec(String... args) {
            byte[][] bytes = new byte[args.length][];
            for (int i = 0; i < args.length; i++) {
                bytes[i] = args[i].getBytes(StandardCharsets.ISO_8859_1);
            }
            return exec(bytes);
        }

        /** Runs a command; a command that blocks replies nothing here, and its reply comes in {@link #takeLater}. */
        public String exec(byte[][] args) {
            if (state.blocked()) {
                throw new IllegalStateException("client " + state.id() + " is blocked: its requests would wait");
            }
            ByteBuf out = Unpooled.buffer();
            writer.target(out);
            db.lock();
            try {
                dispatcher.dispatch(call, args);
            } finally {
                writer.target(null);
                db.unlock();
            }
            String reply = out.toString(StandardCharsets.ISO_8859_1);
            out.release();
            return reply;
        }

        public ClientState state() {
            return state;
        }

        /** The replies written to this client while it was blocked, since the last call; clears them. */
        public String takeLater() {
            String replies = later.toString();
            later.setLength(0);
            return replies;
        }

        @Override
        public Reply openReply() {
            asyncOut = Unpooled.buffer();
            writer.target(asyncOut);
            return writer;
        }

        @Override
        public void sendReply() {
            writer.target(null);
            later.append(asyncOut.toString(StandardCharsets.ISO_8859_1));
            discardReply();
        }

        @Override
        public void discardReply() {
            writer.target(null);
            asyncOut.release();
            asyncOut = null;
        }

        @Override
        public Runnable schedule(Runnable task, long delayMillis) {
            Timer timer = new Timer(clock.millis() + delayMillis, task);
            timers.add(timer);
            return () -> timers.remove(timer);
        }

        /** Whether the command asked to close this connection, or another client killed it. */
        public boolean closed() {
            return closed || state.closingAfterReply();
        }
    }

    /** Splits a reply made only of simple lines into those lines, for readable assertions. */
    public static List<String> lines(String reply) {
        List<String> lines = new ArrayList<>(List.of(reply.split("\r\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }
}
