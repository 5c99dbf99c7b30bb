package dev.cinnabar.resp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Feeds a {@link RespDecoder} bytes in given pieces, each in a buffer of its own as reads deliver them,
 * and collects what it emits, rendered as text ({@code [SET, k, v]} for a request, {@code ERR <message>}
 * for a protocol error).
 */
public final class DecoderHarness implements AutoCloseable {

    public static final long MAX_BULK = 512L * 1024 * 1024;

    private final RespDecoder decoder;
    private final ByteBufAllocator allocator;

    public DecoderHarness() {
        this(() -> false);
    }

    public DecoderHarness(BooleanSupplier authRequired) {
        this(authRequired, ByteBufAllocator.DEFAULT);
    }

    /** A decoder that takes the buffers it keeps from {@code allocator}, as the server's take the channel's. */
    public DecoderHarness(BooleanSupplier authRequired, ByteBufAllocator allocator) {
        this.decoder = new RespDecoder(() -> MAX_BULK, authRequired);
        this.allocator = allocator;
    }

    /** Feeds one piece and returns what the decoder emitted for it. */
    public List<String> feed(byte[] piece) {
        ByteBuf read = allocator.buffer(piece.length);
        read.writeBytes(piece);
        List<String> out = new ArrayList<>();
        decoder.read(read, allocator, message -> out.add(render(message)));
        return out;
    }

    public List<String> feed(String piece) {
        return feed(piece.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Feeds {@code input} cut at the given offsets (ascending) and returns everything emitted. */
    public static List<String> decode(byte[] input, int... cuts) {
        try (DecoderHarness harness = new DecoderHarness()) {
            List<String> out = new ArrayList<>();
            int from = 0;
            for (int cut : cuts) {
                out.addAll(harness.feed(Arrays.copyOfRange(input, from, cut)));
                from = cut;
            }
            out.addAll(harness.feed(Arrays.copyOfRange(input, from, input.length)));
            return out;
        }
    }

    /** Feeds {@code input} in pieces of {@code piece} bytes and returns everything emitted. */
    public static List<String> decodeInPieces(byte[] input, int piece) {
        try (DecoderHarness harness = new DecoderHarness()) {
            List<String> out = new ArrayList<>();
            for (int from = 0; from < input.length; from += piece) {
                out.addAll(harness.feed(Arrays.copyOfRange(input, from, Math.min(input.length, from + piece))));
            }
            return out;
        }
    }

    public static String render(Object message) {
        if (message instanceof ProtocolError error) {
            return "ERR " + error.message();
        }
        if (message instanceof byte[][] args) {
            List<String> text = new ArrayList<>();
            for (byte[] arg : args) {
                text.add(new String(arg, StandardCharsets.ISO_8859_1));
            }
            return text.toString();
        }
        throw new AssertionError("decoder emitted " + message);
    }

    @Override
    public void close() {
        decoder.release();
    }
}
