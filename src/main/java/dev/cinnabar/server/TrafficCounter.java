package dev.cinnabar.server;

import dev.cinnabar.command.ServerStats;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** Counts the bytes clients send, for INFO's total_net_input_bytes. Shared by all connections. */
@ChannelHandler.Sharable
final class TrafficCounter extends ChannelInboundHandlerAdapter {

    private final ServerStats stats;

    TrafficCounter(ServerStats stats) {
        this.stats = stats;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            stats.bytesIn(buf.readableBytes());
        }
        ctx.fireChannelRead(msg);
    }
}
