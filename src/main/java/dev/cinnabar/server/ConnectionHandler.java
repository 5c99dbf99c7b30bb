package dev.cinnabar.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.keyspace.Db;
import dev.cinnabar.resp.ProtocolError;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-connection end of the pipeline. Requests decoded from one read are queued, then executed
 * together under a single acquisition of the execution lock when the read completes; their replies are
 * encoded into one pooled buffer and sent with one write and one flush.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter {

    private final Dispatcher dispatcher;
    private final Db db;
    private final ServerStats stats;
    private final ClientRegistry registry;
    private final ClientState client;
    private final RespWriter writer = new RespWriter();
    private final Call call;
    private final List<Object> pending = new ArrayList<>();

    ConnectionHandler(Dispatcher dispatcher, Db db, ServerStats stats, ClientRegistry registry, ClientState client) {
        this.dispatcher = dispatcher;
        this.db = db;
        this.stats = stats;
        this.registry = registry;
        this.client = client;
        this.call = new Call(client, writer, db);
    }

    ClientState client() {
        return client;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        registry.remove(client);
        stats.connectionClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        pending.add(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (pending.isEmpty()) {
            return;
        }
        ByteBuf out = ctx.alloc().ioBuffer();
        writer.target(out);
        boolean close = false;
        db.lock();
        try {
            for (Object request : pending) {
                if (request instanceof ProtocolError error) {
                    writer.error(error.reply());
                    close = true;
                    break;
                }
                dispatcher.dispatch(call, (byte[][]) request);
                if (client.closingAfterReply()) {
                    close = true;
                    break;
                }
            }
        } finally {
            db.unlock();
            pending.clear();
            writer.target(null);
        }
        stats.bytesOut(out.readableBytes());
        if (close) {
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.writeAndFlush(out);
        if (!ctx.channel().isWritable()) {
            // A client that pipelines without reading its replies must not make us buffer without bound.
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && !client.closingAfterReply()) {
            ctx.channel().config().setAutoRead(true);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
