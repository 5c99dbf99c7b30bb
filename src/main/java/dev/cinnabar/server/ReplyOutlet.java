package dev.cinnabar.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.unix.Socket;
import io.netty.channel.unix.UnixChannel;
import io.netty.util.concurrent.FastThreadLocal;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Where the replies of an event loop's connections are assembled and how they leave. A connection runs
 * its requests and sends their replies in one go, so one buffer per event loop serves all of them in
 * turn, and when nothing of the connection's is still waiting in Netty's outbound buffer the replies go
 * straight to the socket, as Redis writes a client's buffer before it sleeps. Netty's own write path
 * (pipeline, outbound buffer entry, promise, a buffer allocated per batch and released after) took
 * about a sixth of the event loop's user-space samples in a profile of unpipelined GETs. Replies the
 * socket does not take at once (a full send buffer, a broken connection, the NIO transport) are handed
 * to Netty with their buffer, which then belongs to Netty, and the loop takes a fresh one next time.
 */
final class ReplyOutlet {

    /**
     * The buffer's first size: Netty's default of 256 bytes doubles five times for one LRANGE of 600
     * short elements or a pipeline of 16 replies, each time copying what was written so far.
     */
    private static final int INITIAL = 8192;
    /** A buffer grown past this by one large reply is not kept for the next. */
    private static final int KEEP_MAX = 64 * 1024;

    private static final FastThreadLocal<ReplyOutlet> PER_THREAD = PerEventLoop.of(ReplyOutlet::new, ReplyOutlet::discard);

    /** The idle buffer; null while a connection holds it, or before the first batch. */
    private ByteBuf idle;

    private ReplyOutlet() {
    }

    /** The outlet of the calling thread, an event loop for a connection. */
    static ReplyOutlet current() {
        return PER_THREAD.get();
    }

    /** An empty buffer for a batch of replies; it comes back through {@link #send} or goes to Netty. */
    ByteBuf take(ByteBufAllocator alloc) {
        ByteBuf buffer = idle;
        if (buffer == null) {
            return alloc.ioBuffer(INITIAL);
        }
        idle = null;
        return buffer;
    }

    /**
     * Writes the replies to the channel's socket if nothing is queued ahead of them there. Returns true
     * when all of them went, and the buffer is this outlet's again; false when the caller must hand the
     * buffer, holding what is left, to Netty.
     */
    boolean send(Channel channel, ByteBuf replies) {
        if (!replies.isReadable()) {
            // A batch whose only request blocked.
            giveBack(replies);
            return true;
        }
        if (!(channel instanceof UnixChannel unix) || !(unix.fd() instanceof Socket socket)
                || !replies.isDirect() || replies.nioBufferCount() != 1) {
            return false;
        }
        ChannelOutboundBuffer queued = channel.unsafe().outboundBuffer();
        if (queued == null || queued.totalPendingWriteBytes() != 0) {
            return false;
        }
        try {
            replies.skipBytes(write(socket, replies));
        } catch (IOException | RuntimeException e) {
            // Netty's write meets the same failure (Netty reports some as unchecked exceptions, such as
            // NotYetConnectedException) and closes the connection in its usual way.
            return false;
        }
        if (replies.isReadable()) {
            return false;
        }
        giveBack(replies);
        return true;
    }

    /** Writes as Netty's epoll channel does: by address where Unsafe gives one, else through the NIO view. */
    private static int write(Socket socket, ByteBuf replies) throws IOException {
        if (replies.hasMemoryAddress()) {
            return socket.sendAddress(replies.memoryAddress(), replies.readerIndex(), replies.writerIndex());
        }
        ByteBuffer view = replies.internalNioBuffer(replies.readerIndex(), replies.readableBytes());
        return socket.send(view, view.position(), view.limit());
    }

    private void giveBack(ByteBuf buffer) {
        if (idle == null && buffer.capacity() <= KEEP_MAX) {
            buffer.clear();
            idle = buffer;
        } else {
            buffer.release();
        }
    }

    private void discard() {
        if (idle != null) {
            idle.release();
            idle = null;
        }
    }
}
