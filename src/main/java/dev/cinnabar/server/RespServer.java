package dev.cinnabar.server;

import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.Settings;
import dev.cinnabar.keyspace.Db;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The RESP listener. Started and stopped with the application context: {@link #start()} binds, logs
 * and publishes the port (so tests can ask for port 0); {@link #stop(Runnable)} stops accepting, lets
 * the commands already read finish, then closes the connections.
 */
public final class RespServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RespServer.class);
    private static final int DRAIN_SECONDS = 5;
    /** Warm-up connections open at once: redis-benchmark's default client count. */
    private static final int WARMUP_WAVE = 50;
    private static final byte[] MAX_CLIENTS = "-ERR max number of clients reached\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Settings settings;
    private final Dispatcher dispatcher;
    private final Db db;
    private final ServerStats stats;
    private final ClientRegistry registry;
    private final ApplicationEventPublisher events;
    private final int ioThreads;
    private final int warmupConnections;

    private EventLoopGroup group;
    private Channel serverChannel;
    private ScheduledFuture<?> idleSweep;
    private ChannelGroup connections;
    private volatile boolean running;
    private volatile int port = -1;

    /**
     * @param ioThreads event-loop threads; 0 means one per core. Commands run one at a time, so extra
     *                  loops only parallelise parsing and socket work, and on a small machine they
     *                  compete with the clients for the cores: see the README's performance section
     * @param warmupConnections loopback connections made and closed before the port opens; 0 makes none
     */
    public RespServer(Settings settings, int ioThreads, int warmupConnections, Dispatcher dispatcher, Db db,
                      ServerStats stats, ClientRegistry registry, ApplicationEventPublisher events) {
        this.settings = settings;
        this.ioThreads = ioThreads;
        this.warmupConnections = warmupConnections;
        this.dispatcher = dispatcher;
        this.db = db;
        this.stats = stats;
        this.registry = registry;
        this.events = events;
    }

    @Override
    public void start() {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        group = new MultiThreadIoEventLoopGroup(ioThreads > 0 ? ioThreads : Runtime.getRuntime().availableProcessors(), io);
        connections = new DefaultChannelGroup("clients", group.next());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 511)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, new ReadAllocator())
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        accept(ch);
                    }
                });
        warmUp(bootstrap);
        try {
            serverChannel = bootstrap.bind(settings.bind(), settings.port()).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while binding the RESP port", e);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new IllegalStateException("Could not listen on " + settings.bind() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        idleSweep = group.next().scheduleAtFixedRate(this::closeIdleClients, 1, 1, TimeUnit.SECONDS);
        running = true;
        log.info("Cinnabar ready to accept connections on {}:{} ({} transport)", settings.bind(), port, epoll ? "epoll" : "nio");
        events.publishEvent(new RespServerStartedEvent(this, port));
    }

    /**
     * Runs the connection path hot before the port opens (see {@link ConnectionWarmup}), then forgets
     * those connections: the counters and client ids start from nothing, as if it had not happened.
     */
    private void warmUp(ServerBootstrap bootstrap) {
        int count = warmupConnections;
        if (count <= 0) {
            return;
        }
        ConnectionWarmup.run(bootstrap, count, Math.min(WARMUP_WAVE, settings.maxclients()),
                () -> stats.connectionsReceived() + stats.rejectedConnections(), registry::size);
        db.lock();
        try {
            stats.reset();
        } finally {
            db.unlock();
        }
        registry.restartIds();
    }

    private void accept(SocketChannel ch) {
        if (registry.size() >= settings.maxclients()) {
            stats.connectionRejected();
            ch.writeAndFlush(Unpooled.wrappedBuffer(MAX_CLIENTS)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ClientState client = new ClientState(registry.nextId(), address(ch.remoteAddress()), address(ch.localAddress()),
                db.now(), !settings.authRequired(), ch::close);
        if (ch instanceof EpollSocketChannel epollChannel) {
            client.fd(epollChannel.fd().intValue());
        }
        registry.add(client);
        stats.connectionOpened();
        connections.add(ch);
        BooleanSupplier mustAuthenticate = () -> !client.authenticated() && settings.authRequired();
        ch.pipeline().addLast(new ConnectionHandler(dispatcher, db, stats, registry, client, mustAuthenticate,
                settings::protoMaxBulkLen));
    }

    private void closeIdleClients() {
        int timeout = settings.timeout();
        if (timeout <= 0) {
            return;
        }
        long now = db.now();
        for (ClientState client : registry.all()) {
            if (!client.blocked() && now - client.lastInteraction() > timeout * 1000L) {
                client.kill();
            }
        }
    }

    private static String address(java.net.SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    /** The bound port, or -1 before start. */
    public int port() {
        return port;
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        idleSweep.cancel(false);
        serverChannel.close().syncUninterruptibly();
        finishConnections();
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        log.info("Cinnabar stopped listening on port {}", port);
    }

    /**
     * Finishes every connection (see {@link ConnectionHandler#finish}) and waits a while for the clients
     * to close theirs, so none is left with half a reply. Those that have not closed when the wait ends
     * are cut off by the event loops' shutdown.
     */
    private void finishConnections() {
        List<ChannelFuture> closed = new ArrayList<>();
        for (Channel ch : connections) {
            closed.add(ch.closeFuture());
            ch.eventLoop().execute(() -> {
                ChannelHandlerContext ctx = ch.pipeline().context(ConnectionHandler.class);
                if (ctx != null) {
                    ((ConnectionHandler) ctx.handler()).finish(ctx);
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        for (ChannelFuture future : closed) {
            future.awaitUninterruptibly(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void stop(Runnable callback) {
        stop();
        callback.run();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
