package dev.cinnabar.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientConnection;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.keyspace.Db;
import dev.cinnabar.resp.ProtocolError;
import dev.cinnabar.resp.Reply;
import dev.cinnabar.resp.RespDecoder;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A connection's one pipeline handler: it decodes each read with its {@link RespDecoder}. Requests
 * decoded from one read are queued, then executed together under a single acquisition of the execution
 * lock when the read completes; their replies are encoded into the event loop's reply buffer and sent
 * with one write ({@link ReplyOutlet}). A client that still has to authenticate has each request run as
 * soon as it is decoded, because AUTH changes what the decoder accepts next.
 *
 * <p>A client blocked in BLPOP and the like runs nothing more: its later requests stay queued (reading
 * goes on, so a hang-up is still noticed) until another client's push, its timeout or CLIENT UNBLOCK
 * replies for it, through {@link ClientConnection}, and the queue resumes on this connection's thread.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter implements ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(ConnectionHandler.class);
    /** Longer second arguments are not hashed ahead: they are rarely keys, and hashing them costs. */
    private static final int PREFETCH_KEY_MAX = 256;
    /**
     * Keys read ahead per batch at most. A client blocked for a while can have thousands of requests
     * queued, and the lines read for the first of a long run leave the cache before they are used.
     */
    private static final int READ_AHEAD_MAX = 128;
    /** Bytes read without a request to run are added to the server's count once there are this many. */
    private static final int COUNT_IN_AT = 64 * 1024;

    private final Dispatcher dispatcher;
    private final Db db;
    private final ServerStats stats;
    private final ClientRegistry registry;
    private final ClientState client;
    private final RespWriter writer = new RespWriter();
    private final Call call;
    private final BooleanSupplier mustAuthenticate;
    private final RespDecoder decoder;
    private final Consumer<Object> decoded = this::queue;
    private final RequestQueue pending = new RequestQueue();
    /** Replies of the requests run since the last flush; null when there are none. */
    private ByteBuf out;
    /** Set once a reply must be the last one (protocol error, QUIT, CLIENT KILL). */
    private boolean closing;
    /** A reply to this client while it is blocked, written by whichever thread serves it. */
    private ByteBuf asyncOut;
    /**
     * Set, under the execution lock, while a reply made on another event loop is on its way to this
     * connection's loop; cleared there once it is written.
     */
    private boolean replyInFlight;
    private ChannelHandlerContext ctx;
    /** The reply buffer and socket writes of this connection's event loop. */
    private ReplyOutlet outlet;
    /** Bytes read and not yet added to the server's count, which is kept under the execution lock. */
    private long uncountedIn;
    /** Where {@link #prefetchKeys} leaves its sum. */
    private int prefetched;
    /** The keys {@link #prefetchKeys} hands to the keyspace, kept between batches. */
    private byte[][] keysAhead = new byte[16][];

    ConnectionHandler(Dispatcher dispatcher, Db db, ServerStats stats, ClientRegistry registry, ClientState client,
                      BooleanSupplier mustAuthenticate, LongSupplier maxBulkLength) {
        this.dispatcher = dispatcher;
        this.db = db;
        this.stats = stats;
        this.registry = registry;
        this.client = client;
        this.mustAuthenticate = mustAuthenticate;
        this.decoder = new RespDecoder(maxBulkLength, mustAuthenticate);
        this.call = new Call(client, writer, db, this);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        this.outlet = ReplyOutlet.current();
    }

    ClientState client() {
        return client;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        // A task a blocked client's reply scheduled may still come: it must find nothing left to run.
        closing = true;
        pending.clear();
        decoder.release();
        if (out != null) {
            out.release();
            out = null;
        }
        db.lock();
        try {
            countIn();
            dispatcher.clientClosed(client);
        } finally {
            db.unlock();
        }
        registry.remove(client);
        stats.connectionClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        uncountedIn += in.readableBytes();
        if (uncountedIn >= COUNT_IN_AT) {
            // A large request still arriving: INFO should see its bytes as they come, as Redis counts them.
            db.lock();
            try {
                countIn();
            } finally {
                db.unlock();
            }
        }
        decoder.read(in, ctx.alloc(), decoded);
    }

    private void queue(Object request) {
        pending.add(request);
        if (mustAuthenticate.getAsBoolean()) {
            // The decoder parses the next request only after this one ran: it may be the AUTH that lifts
            // the limits on unauthenticated requests.
            execute(ctx);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        execute(ctx);
        flush(ctx);
    }

    private void flush(ChannelHandlerContext ctx) {
        if (out == null) {
            return;
        }
        ByteBuf replies = out;
        out = null;
        if (!closing && outlet.send(ctx.channel(), replies)) {
            return;
        }
        if (closing) {
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(replies).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.writeAndFlush(replies, ctx.voidPromise());
        if (!ctx.channel().isWritable()) {
            // A client that pipelines without reading its replies must not make us buffer without bound.
            ctx.channel().config().setAutoRead(false);
        }
    }

    /** Runs the queued requests, appending their replies to this read's buffer; stops at one that blocks. */
    private void execute(ChannelHandlerContext ctx) {
        if (pending.isEmpty()) {
            return;
        }
        if (closing) {
            pending.clear();
            return;
        }
        int done = 0;
        // What the buffer held before (replies of requests run one by one during authentication) was counted then.
        int written = out == null ? 0 : out.writerIndex();
        db.lock();
        try {
            countIn();
            if (client.blocked() || replyInFlight) {
                return;
            }
            if (out == null) {
                out = outlet.take(ctx.alloc());
            }
            writer.target(out);
            prefetchKeys();
            while (done < pending.size()) {
                Object request = pending.get(done++);
                if (request instanceof ProtocolError error) {
                    stats.errorReply("ERR");
                    writer.encoded(error.reply());
                    closing = true;
                    break;
                }
                dispatcher.dispatch(call, (byte[][]) request);
                if (client.closingAfterReply()) {
                    closing = true;
                    break;
                }
                if (client.blocked()) {
                    break;
                }
            }
        } finally {
            writer.target(null);
            if (out != null) {
                stats.bytesOut(out.writerIndex() - written);
            }
            db.unlock();
            pending.removeFirst(done);
        }
        if (closing) {
            pending.clear();
        }
    }

    private void countIn() {
        stats.bytesIn(uncountedIn);
        uncountedIn = 0;
    }

    /**
     * Touches the first key of each queued request (up to {@link #READ_AHEAD_MAX} of them) before any
     * of them runs. A pipelined batch's keys are usually spread over a large keyspace, and looking them
     * up one command at a time takes a cache miss after another; touched together, the misses overlap.
     * The sum is kept in a field only so the loads are not optimised away. A request whose second
     * argument is not a key just costs a wasted lookup.
     */
    private void prefetchKeys() {
        if (pending.size() < 2) {
            return;
        }
        int requests = Math.min(pending.size(), READ_AHEAD_MAX);
        if (keysAhead.length < requests) {
            keysAhead = new byte[Math.max(requests, keysAhead.length * 2)][];
        }
        int count = 0;
        for (int i = 0; i < requests; i++) {
            if (pending.get(i) instanceof byte[][] args && args.length > 1 && args[1].length <= PREFETCH_KEY_MAX) {
                keysAhead[count++] = args[1];
            }
        }
        prefetched = db.database(client.db()).touch(keysAhead, count);
        Arrays.fill(keysAhead, 0, count, null);
    }

    @Override
    public Reply openReply() {
        asyncOut = ctx.alloc().ioBuffer();
        writer.target(asyncOut);
        return writer;
    }

    @Override
    public void sendReply() {
        writer.target(null);
        ByteBuf reply = asyncOut;
        asyncOut = null;
        stats.bytesOut(reply.readableBytes());
        if (ctx.executor().inEventLoop()) {
            ctx.writeAndFlush(reply, ctx.voidPromise());
            ctx.executor().execute(this::resume);
            return;
        }
        // Served on another event loop: requests this client sends before the reply is written on its
        // own loop must wait, or their replies would go out ahead of it.
        replyInFlight = true;
        ctx.executor().execute(() -> {
            ctx.writeAndFlush(reply, ctx.voidPromise());
            replyInFlight = false;
            resume();
        });
    }

    /** Runs the requests a blocked client queued meanwhile, now that its reply is out. */
    private void resume() {
        execute(ctx);
        flush(ctx);
    }

    @Override
    public void discardReply() {
        writer.target(null);
        asyncOut.release();
        asyncOut = null;
    }

    @Override
    public Runnable schedule(Runnable task, long delayMillis) {
        ScheduledFuture<?> timer = ctx.executor().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        return () -> timer.cancel(false);
    }

    /**
     * Ends the connection for a server stop: requests that arrive from now on are read and dropped
     * (reading on spares the client a reset that would destroy replies still in flight), the replies
     * already produced are sent, then the output is shut so the client sees them end cleanly. The
     * connection closes when the client closes its side. Runs on the connection's event loop, so between
     * two reads.
     */
    void finish(ChannelHandlerContext ctx) {
        closing = true;
        pending.clear();
        ctx.channel().config().setAutoRead(true);
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(written -> {
            if (ctx.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
            } else {
                ctx.close();
            }
        });
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && !closing && !client.closingAfterReply()) {
            ctx.channel().config().setAutoRead(true);
        }
        ctx.fireChannelWritabilityChanged();
    }

    /**
     * A reset or broken pipe is the client's business; anything else is a bug in a command or in this
     * layer, whose reply may be half written, so the connection is closed, and the cause logged.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            log.error("Closing connection {} after an unexpected failure", client.address(), cause);
        }
        ctx.close();
    }
}
