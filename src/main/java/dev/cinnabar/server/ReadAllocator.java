package dev.cinnabar.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * How connections read. At most two reads of up to 16 KB per connection per turn of the event loop: Netty's
 * default (16 reads of up to 64 KB) let one client pipelining a bulk load run about a megabyte of commands
 * before any other client was served, and while a million SETs were piped in, the p99 of 50 other clients'
 * GETs rose 20x (Redis, which reads 16 KB per turn: 8x). Two 16 KB reads bring that to 6x and still take a
 * pipeline of sixteen 1 KB SETs in one turn.
 *
 * <p>A read goes into its event loop's one read buffer whenever that is free. The decoder copies every
 * request out of the bytes it is handed and lets go of them, so the buffer is free again for the next
 * connection's read unless it holds the start of an unfinished request; a read then gets a pooled buffer
 * as before. Taking and returning a pooled buffer per read was about 5% of the event loop's user time on
 * unpipelined requests, and reading a pooled (adaptive) buffer's bytes goes through one more indirection.
 */
final class ReadAllocator extends AdaptiveRecvByteBufAllocator {

    static final int READ_MAX = 16 * 1024;
    private static final int READS_PER_TURN = 2;

    private static final FastThreadLocal<LoopBuffer> LOOP_BUFFER = PerEventLoop.of(LoopBuffer::new, LoopBuffer::release);

    ReadAllocator() {
        super(64, 2048, READ_MAX);
        maxMessagesPerRead(READS_PER_TURN);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Handle newHandle() {
        return new LoopBufferHandle((ExtendedHandle) super.newHandle());
    }

    /** The event loop's read buffer, created on its first read. */
    private static final class LoopBuffer {

        private ByteBuf buffer;

        /** The buffer, with a reference for the reader, or null while a decoder still holds it. */
        ByteBuf takeIfFree() {
            if (buffer == null) {
                buffer = UnpooledByteBufAllocator.DEFAULT.directBuffer(READ_MAX);
            }
            if (buffer.refCnt() != 1) {
                return null;
            }
            return buffer.clear().retain();
        }

        void release() {
            if (buffer != null) {
                buffer.release();
                buffer = null;
            }
        }
    }

    /** Netty's adaptive handle in all but where the bytes go. */
    @SuppressWarnings("deprecation")
    private static final class LoopBufferHandle implements ExtendedHandle {

        private final ExtendedHandle sizing;

        LoopBufferHandle(ExtendedHandle sizing) {
            this.sizing = sizing;
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator alloc) {
            ByteBuf loop = LOOP_BUFFER.get().takeIfFree();
            return loop != null ? loop : sizing.allocate(alloc);
        }

        @Override
        public int guess() {
            return sizing.guess();
        }

        @Override
        public void reset(io.netty.channel.ChannelConfig config) {
            sizing.reset(config);
        }

        @Override
        public void incMessagesRead(int numMessages) {
            sizing.incMessagesRead(numMessages);
        }

        @Override
        public void lastBytesRead(int bytes) {
            sizing.lastBytesRead(bytes);
        }

        @Override
        public int lastBytesRead() {
            return sizing.lastBytesRead();
        }

        @Override
        public void attemptedBytesRead(int bytes) {
            sizing.attemptedBytesRead(bytes);
        }

        @Override
        public int attemptedBytesRead() {
            return sizing.attemptedBytesRead();
        }

        @Override
        public boolean continueReading() {
            return sizing.continueReading();
        }

        @Override
        public boolean continueReading(UncheckedBooleanSupplier maybeMoreDataSupplier) {
            return sizing.continueReading(maybeMoreDataSupplier);
        }

        @Override
        public void readComplete() {
            sizing.readComplete();
        }
    }
}
