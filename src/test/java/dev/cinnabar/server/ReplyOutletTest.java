package dev.cinnabar.server;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** An epoll channel to a plain socket, whose far end shows what reached the wire and in what order. */
class ReplyOutletTest {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    private ServerSocket listener;
    private Channel channel;
    private Socket peer;

    @BeforeEach
    void connect() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        listener = new ServerSocket(0, 1, loopback);
        channel = new Bootstrap().group(group).channel(EpollSocketChannel.class)
                .handler(new ChannelInboundHandlerAdapter())
                .connect(loopback, listener.getLocalPort()).sync().channel();
        peer = listener.accept();
        peer.setSoTimeout(5000);
    }

    @AfterEach
    void close() throws Exception {
        channel.close().sync();
        peer.close();
        listener.close();
        group.shutdownGracefully().sync();
    }

    @Test
    void repliesGoToTheSocketAndTheBufferServesTheNextBatch() throws Exception {
        ByteBuf[] buffers = onLoop(() -> {
            ReplyOutlet outlet = ReplyOutlet.current();
            ByteBuf first = outlet.take(channel.alloc());
            first.writeBytes(ascii("+OK\r\n"));
            assertThat(outlet.send(channel, first)).isTrue();
            ByteBuf next = outlet.take(channel.alloc());
            assertThat(next.readableBytes()).isZero();
            next.release();
            return new ByteBuf[] {first, next};
        });
        assertThat(buffers[1]).isSameAs(buffers[0]);
        assertThat(received(5)).isEqualTo("+OK\r\n");
    }

    @Test
    void aBatchWithNoReplyWritesNothingAndKeepsTheBuffer() throws Exception {
        onLoop(() -> {
            ReplyOutlet outlet = ReplyOutlet.current();
            ByteBuf empty = outlet.take(channel.alloc());
            assertThat(outlet.send(channel, empty)).isTrue();
            ByteBuf next = outlet.take(channel.alloc());
            assertThat(next).isSameAs(empty);
            next.writeBytes(ascii("+PONG\r\n"));
            assertThat(outlet.send(channel, next)).isTrue();
            return null;
        });
        assertThat(received(7)).isEqualTo("+PONG\r\n");
    }

    /** Without Unsafe (Java 25 unless it is allowed) a buffer has no address, only its NIO view. */
    @Test
    void aBufferWithoutAMemoryAddressGoesThroughItsNioView() throws Exception {
        onLoop(() -> {
            ByteBuf replies = new UnpooledDirectByteBuf(channel.alloc(), 64, 64).writeBytes(ascii("xx:42\r\n"));
            replies.skipBytes(2);
            assertThat(replies.hasMemoryAddress()).isFalse();
            assertThat(ReplyOutlet.current().send(channel, replies)).isTrue();
            return null;
        });
        assertThat(received(5)).isEqualTo(":42\r\n");
    }

    @Test
    void repliesWaitBehindBytesNettyStillHolds() throws Exception {
        onLoop(() -> {
            channel.write(Unpooled.wrappedBuffer(ascii("first ")));
            ReplyOutlet outlet = ReplyOutlet.current();
            ByteBuf replies = outlet.take(channel.alloc());
            replies.writeBytes(ascii("second"));
            assertThat(outlet.send(channel, replies)).isFalse();
            assertThat(replies.readableBytes()).isEqualTo(6);
            channel.writeAndFlush(replies);
            return null;
        });
        assertThat(received(12)).isEqualTo("first second");
    }

    @Test
    void aChannelWithoutASocketOfItsOwnLeavesTheRepliesToNetty() {
        EmbeddedChannel embedded = new EmbeddedChannel();
        ByteBuf replies = Unpooled.directBuffer().writeBytes(ascii("+OK\r\n"));
        try {
            assertThat(ReplyOutlet.current().send(embedded, replies)).isFalse();
            assertThat(replies.readableBytes()).isEqualTo(5);
        } finally {
            replies.release();
            embedded.finishAndReleaseAll();
        }
    }

    private <T> T onLoop(Callable<T> task) throws Exception {
        return channel.eventLoop().submit(task).get();
    }

    private String received(int length) throws Exception {
        InputStream in = peer.getInputStream();
        return new String(in.readNBytes(length), StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
