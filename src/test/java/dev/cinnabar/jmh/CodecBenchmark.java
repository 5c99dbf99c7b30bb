package dev.cinnabar.jmh;

import dev.cinnabar.resp.RespDecoder;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;

/** The codec per command: decoding a pipeline of 16 SETs as one read delivers it, and encoding 16 replies. */
@State(Scope.Thread)
public class CodecBenchmark {

    private static final int PIPELINE = 16;

    private RespDecoder decoder;
    private byte[] requests;
    private final RespWriter writer = new RespWriter();
    private final ByteBuf out = Unpooled.directBuffer(64 * 1024);
    private final byte[] value = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Setup(Level.Trial)
    public void setUp() {
        decoder = new RespDecoder(() -> 512L * 1024 * 1024, () -> false);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PIPELINE; i++) {
            String key = "key:" + (100_000 + i);
            sb.append("*3\r\n$3\r\nSET\r\n$").append(key.length()).append("\r\n").append(key)
                    .append("\r\n$16\r\n0123456789abcdef\r\n");
        }
        requests = sb.toString().getBytes(StandardCharsets.US_ASCII);
        writer.target(out);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        decoder.release();
        out.release();
    }

    @Benchmark
    @OperationsPerInvocation(PIPELINE)
    public void decodePipelinedSets(Blackhole sink) {
        decoder.read(Unpooled.wrappedBuffer(requests), ByteBufAllocator.DEFAULT, sink::consume);
    }

    @Benchmark
    @OperationsPerInvocation(PIPELINE)
    public void encodeBulkReplies(Blackhole sink) {
        out.clear();
        for (int i = 0; i < PIPELINE; i++) {
            writer.bulk(value);
        }
        sink.consume(writer.target().writerIndex());
    }
}
