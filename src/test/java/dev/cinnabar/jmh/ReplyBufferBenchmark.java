package dev.cinnabar.jmh;

import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.AdaptiveByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;

/**
 * Writing replies into the buffers the server really writes to: Netty's adaptive allocator (its default
 * since 4.2) or the pooled one, as an LRANGE of 600 short elements and 16 pipelined GETs (of 16-byte and
 * of 1 KB values) do.
 */
@State(Scope.Thread)
public class ReplyBufferBenchmark {

    private static final int ELEMENTS = 600;
    private static final int PIPELINE = 16;

    @Param({"adaptive", "pooled"})
    public String allocator;

    private final RespWriter writer = new RespWriter();
    private final byte[] element = "xxx".getBytes(StandardCharsets.US_ASCII);
    private final byte[] value = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final byte[] kilobyte = new byte[1024];
    private ByteBuf out;

    @Setup(Level.Trial)
    public void setUp() {
        ByteBufAllocator alloc = allocator.equals("pooled") ? PooledByteBufAllocator.DEFAULT : new AdaptiveByteBufAllocator();
        out = alloc.ioBuffer(32 * 1024);
        writer.target(out);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        out.release();
    }

    @Benchmark
    @OperationsPerInvocation(ELEMENTS)
    public void lrange600(Blackhole sink) {
        out.clear();
        writer.array(ELEMENTS);
        for (int i = 0; i < ELEMENTS; i++) {
            writer.bulk(element);
        }
        sink.consume(writer.target().writerIndex());
    }

    @Benchmark
    @OperationsPerInvocation(PIPELINE)
    public int get16() {
        return pipelinedGets(value);
    }

    @Benchmark
    @OperationsPerInvocation(PIPELINE)
    public int get16Kilobyte() {
        return pipelinedGets(kilobyte);
    }

    private int pipelinedGets(byte[] reply) {
        out.clear();
        for (int i = 0; i < PIPELINE; i++) {
            writer.bulk(reply);
        }
        return writer.target().writerIndex();
    }
}
