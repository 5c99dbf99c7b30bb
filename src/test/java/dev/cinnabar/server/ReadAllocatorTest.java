package dev.cinnabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAllocatorTest {

    private final ByteBufAllocator pooled = ByteBufAllocator.DEFAULT;

    @Test
    @SuppressWarnings("deprecation")
    void readsShareTheLoopBufferOnceTheReaderLetsGo() throws Exception {
        onThread(() -> {
            RecvByteBufAllocator.Handle handle = new ReadAllocator().newHandle();
            ByteBuf first = handle.allocate(pooled);
            assertThat(first.capacity()).isEqualTo(ReadAllocator.READ_MAX);
            first.writeBytes(new byte[] {'*', '1'});
            first.release();

            ByteBuf second = handle.allocate(pooled);
            assertThat(second).isSameAs(first);
            assertThat(second.readableBytes()).isZero();
            assertThat(second.writableBytes()).isEqualTo(ReadAllocator.READ_MAX);
            second.release();
        });
    }

    @Test
    @SuppressWarnings("deprecation")
    void aBufferStillHeldForAnUnfinishedRequestIsNotHandedOut() throws Exception {
        onThread(() -> {
            RecvByteBufAllocator.Handle handle = new ReadAllocator().newHandle();
            ByteBuf kept = handle.allocate(pooled);
            kept.writeBytes(new byte[] {'*', '2', '\r', '\n'});

            ByteBuf other = handle.allocate(pooled);
            assertThat(other).isNotSameAs(kept);
            other.writeByte('x');
            assertThat(kept.readableBytes()).isEqualTo(4);
            other.release();

            kept.release();
            ByteBuf again = handle.allocate(pooled);
            assertThat(again).isSameAs(kept);
            again.release();
        });
    }

    @Test
    @SuppressWarnings("deprecation")
    void eachEventLoopHasItsOwnBuffer() throws Exception {
        AtomicReference<ByteBuf> fromFirst = new AtomicReference<>();
        onThread(() -> {
            ByteBuf buffer = new ReadAllocator().newHandle().allocate(pooled);
            fromFirst.set(buffer);
            buffer.release();
        });
        onThread(() -> {
            ByteBuf buffer = new ReadAllocator().newHandle().allocate(pooled);
            assertThat(buffer).isNotSameAs(fromFirst.get());
            buffer.release();
        });
    }

    /** Runs on a thread of the kind event loops use, whose thread-local buffer is freed as it ends. */
    private static void onThread(Runnable body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new FastThreadLocalThread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
