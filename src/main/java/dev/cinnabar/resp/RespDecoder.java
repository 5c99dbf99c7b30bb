package dev.cinnabar.resp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ByteProcessor;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns bytes into requests: each request is a {@code byte[][]} of arguments, the command name first.
 *
 * <p>An explicit state machine over the cumulated buffer, so any fragmentation works: a request is
 * emitted only once all of it has arrived. Memory follows what the client really sent, never what it
 * announced: a bulk is copied out once it is complete, or as it arrives when it is big (into an array
 * that grows as it fills), and the argument array grows as arguments arrive rather than being sized
 * from the multibulk header.
 *
 * <p>It is not a pipeline handler of its own: the connection's handler hands it each read, so a request
 * costs no hop between handlers and no list of decoded messages.
 *
 * <p>Limits and error texts follow Redis 7.0's {@code networking.c}.
 */
public final class RespDecoder {

    /** Redis's PROTO_INLINE_MAX_SIZE: the longest inline request, and the longest header line. */
    public static final int INLINE_MAX = 64 * 1024;
    private static final int UNAUTHENTICATED_MAX_ARGS = 10;
    private static final int UNAUTHENTICATED_MAX_BULK = 16384;
    private static final int INITIAL_ARGS = 8;
    private static final byte[][] NO_ARGS = new byte[0][];
    private static final int MAX_SIMPLE_DIGITS = 18;
    private static final long INCOMPLETE = -2;
    private static final long UNUSUAL = -3;
    /** Redis's PROTO_MBULK_BIG_ARG: bulks from this size on are copied out as they arrive. */
    private static final int BIG_BULK = 32 * 1024;
    private static final byte[] EMPTY = new byte[0];
    private static final ByteProcessor UNTIL_LF_OR_NUL = b -> b != '\n' && b != 0;
    private static final ByteProcessor UNTIL_CR_OR_NUL = b -> b != '\r' && b != 0;

    /** Read per header, so CONFIG SET proto-max-bulk-len applies to connections already open. */
    private final LongSupplier maxBulkLength;
    private final BooleanSupplier authRequired;
    /** The bytes of a request that has not arrived whole yet, kept for the next read; null when there are none. */
    private ByteBuf unread;

    /** Arguments still expected in the current multibulk request; 0 between requests. */
    private int pendingArgs;
    /** Length of the bulk being read, or -1 while its {@code $} header is still to come. */
    private long bulkLength = -1;
    private byte[][] args = NO_ARGS;
    /** The big bulk being received, and how much of it has arrived. */
    private byte[] bigBulk = EMPTY;
    private int bigFilled;
    private int argCount;
    private boolean failed;
    /** The last command name read, reused while the client repeats it. */
    private byte[] lastName;
    /** Where {@link #simpleHeader} found the header's CR. */
    private int headerEnd;
    /** Scratch space for header digits, so parsing a header allocates nothing. */
    private final byte[] digits = new byte[20];

    public RespDecoder(LongSupplier maxBulkLength, BooleanSupplier authRequired) {
        this.maxBulkLength = maxBulkLength;
        this.authRequired = authRequired;
    }

    /**
     * Takes one read's bytes (and releases them) and hands every request now complete to {@code sink}, in
     * order: a {@code byte[][]}, or a {@link ProtocolError} after which everything is dropped. The next
     * request is parsed only when the sink returns, so a sink that runs an AUTH at once lifts the limits on
     * unauthenticated requests for the rest of the same read.
     */
    public void read(ByteBuf in, ByteBufAllocator alloc, Consumer<Object> sink) {
        if (failed) {
            // Redis stops reading from a client after a protocol error; drop whatever else arrives.
            in.release();
            return;
        }
        ByteBuf buf = unread == null ? in : append(in, alloc);
        unread = null;
        try {
            decode(buf, sink);
        } finally {
            if (buf.isReadable() && !failed) {
                unread = buf;
            } else {
                buf.release();
            }
        }
    }

    /** Frees the bytes kept for an incomplete request; for a closed connection. */
    public void release() {
        if (unread != null) {
            unread.release();
            unread = null;
        }
    }

    /** The kept bytes followed by {@code in}, which is released. */
    private ByteBuf append(ByteBuf in, ByteBufAllocator alloc) {
        ByteBuf kept = unread;
        int needed = kept.readableBytes() + in.readableBytes();
        if (kept.capacity() >= needed) {
            kept.discardReadBytes();
        } else {
            // Grow by doubling, so a request that arrives in many small reads is copied a bounded number of times.
            ByteBuf larger = alloc.ioBuffer(Math.max(needed, 2 * kept.readableBytes()));
            larger.writeBytes(kept);
            kept.release();
            kept = larger;
        }
        kept.writeBytes(in);
        in.release();
        return kept;
    }

    private void decode(ByteBuf in, Consumer<Object> sink) {
        while (!failed && in.isReadable()) {
            Object request = pendingArgs == 0 && in.getByte(in.readerIndex()) != '*'
                    ? decodeInline(in)
                    : decodeMultibulk(in);
            if (request == null) {
                return;
            }
            if (request instanceof ProtocolError) {
                failed = true;
            }
            if (request != NO_ARGS) {
                sink.accept(request);
            }
        }
    }

    private Object decodeInline(ByteBuf in) {
        int newline = lineEnd(in, UNTIL_LF_OR_NUL, (byte) '\n');
        if (newline < 0) {
            return in.readableBytes() > INLINE_MAX ? new ProtocolError("too big inline request") : null;
        }
        int end = newline;
        if (end > in.readerIndex() && in.getByte(end - 1) == '\r') {
            end--;
        }
        byte[] line = new byte[end - in.readerIndex()];
        in.getBytes(in.readerIndex(), line);
        in.readerIndex(newline + 1);
        byte[][] parsed = InlineSplitter.split(line);
        if (parsed == null) {
            return new ProtocolError("unbalanced quotes in request");
        }
        return parsed.length == 0 ? NO_ARGS : parsed;
    }

    private Object decodeMultibulk(ByteBuf in) {
        if (pendingArgs == 0) {
            long count = simpleHeader(in);
            if (count == INCOMPLETE) {
                return null;
            }
            int cr = headerEnd;
            if (count == UNUSUAL) {
                cr = lineEnd(in, UNTIL_CR_OR_NUL, (byte) '\r');
                if (cr < 0) {
                    return in.readableBytes() > INLINE_MAX ? new ProtocolError("too big mbulk count string") : null;
                }
                if (cr + 1 >= in.writerIndex()) {
                    return null;
                }
                count = parseLong(in, in.readerIndex() + 1, cr);
            }
            if (count == Long.MIN_VALUE || count > Integer.MAX_VALUE) {
                return new ProtocolError("invalid multibulk length");
            }
            if (count > UNAUTHENTICATED_MAX_ARGS && authRequired.getAsBoolean()) {
                return new ProtocolError("unauthenticated multibulk length");
            }
            in.readerIndex(cr + 2);
            if (count <= 0) {
                return NO_ARGS;
            }
            pendingArgs = (int) count;
            args = new byte[(int) Math.min(count, INITIAL_ARGS)][];
            argCount = 0;
        }
        while (pendingArgs > 0) {
            if (bulkLength < 0) {
                if (!in.isReadable()) {
                    return null;
                }
                long length = in.getByte(in.readerIndex()) == '$' ? simpleHeader(in) : UNUSUAL;
                if (length == INCOMPLETE) {
                    return null;
                }
                int cr = headerEnd;
                if (length == UNUSUAL) {
                    cr = lineEnd(in, UNTIL_CR_OR_NUL, (byte) '\r');
                    if (cr < 0) {
                        return in.readableBytes() > INLINE_MAX ? new ProtocolError("too big bulk count string") : null;
                    }
                    if (cr + 1 >= in.writerIndex()) {
                        return null;
                    }
                    byte marker = in.getByte(in.readerIndex());
                    if (marker != '$') {
                        return new ProtocolError("expected '$', got '" + (char) (marker & 0xff) + "'");
                    }
                    length = parseLong(in, in.readerIndex() + 1, cr);
                }
                if (length < 0 || length > maxBulkLength.getAsLong()) {
                    return new ProtocolError("invalid bulk length");
                }
                if (length > UNAUTHENTICATED_MAX_BULK && authRequired.getAsBoolean()) {
                    return new ProtocolError("unauthenticated bulk length");
                }
                in.readerIndex(cr + 2);
                bulkLength = length;
            }
            byte[] arg = bulkLength >= BIG_BULK ? bigBulk(in) : bulk(in);
            if (arg == null) {
                return null;
            }
            bulkLength = -1;
            if (argCount == args.length) {
                args = Arrays.copyOf(args, Math.min(args.length * 2, argCount + pendingArgs));
            }
            args[argCount++] = arg;
            pendingArgs--;
        }
        byte[][] request = args;
        args = NO_ARGS;
        return request;
    }

    /**
     * A bulk taken once all of it is in the buffer. Like Redis, the two bytes after the data are taken
     * as the terminator without checking them.
     */
    private byte[] bulk(ByteBuf in) {
        if (in.readableBytes() < bulkLength + 2) {
            return null;
        }
        byte[] arg = argCount == 0 ? commandName(in, (int) bulkLength) : new byte[(int) bulkLength];
        if (arg != lastName) {
            in.readBytes(arg);
            if (argCount == 0) {
                lastName = arg;
            }
        } else {
            in.skipBytes(arg.length);
        }
        in.skipBytes(2);
        return arg;
    }

    /**
     * A bulk copied out as it arrives. Waiting for all of it would grow the cumulation buffer read by
     * read, and past 4 MB Netty grows it 4 MB at a time, copying everything so far each time: a 100 MB SET
     * took 1.3 s against Redis's 0.08 s. The array grows by doubling instead, so memory stays within
     * twice what the client really sent.
     */
    private byte[] bigBulk(ByteBuf in) {
        int length = (int) bulkLength;
        int chunk = Math.min(in.readableBytes(), length - bigFilled);
        if (bigBulk.length < bigFilled + chunk) {
            bigBulk = Arrays.copyOf(bigBulk, Math.min(length, Math.max(bigFilled + chunk, bigBulk.length * 2)));
        }
        in.readBytes(bigBulk, bigFilled, chunk);
        bigFilled += chunk;
        if (bigFilled < length || in.readableBytes() < 2) {
            return null;
        }
        in.skipBytes(2);
        byte[] arg = bigBulk;
        bigBulk = EMPTY;
        bigFilled = 0;
        return arg;
    }

    /**
     * The previous request's command name when this one has the same bytes: a connection tends to send
     * the same command over and over, and names are never modified, so one array serves them all.
     */
    private byte[] commandName(ByteBuf in, int length) {
        byte[] last = lastName;
        if (last != null && last.length == length) {
            int from = in.readerIndex();
            int i = 0;
            while (i < length && in.getByte(from + i) == last[i]) {
                i++;
            }
            if (i == length) {
                return last;
            }
        }
        return new byte[length];
    }

    /**
     * The fast path for the headers real clients send: a marker, 1 to 18 plain digits and CRLF, all
     * parsed in one pass. Returns the number and sets {@link #headerEnd} to the CR; returns
     * {@link #INCOMPLETE} when such a header has not fully arrived, or {@link #UNUSUAL} for anything else
     * (signs, leading zeros, long lines, NULs), which the general path then handles with Redis's exact
     * rules and errors.
     */
    private long simpleHeader(ByteBuf in) {
        int start = in.readerIndex() + 1;
        int end = Math.min(in.writerIndex(), start + MAX_SIMPLE_DIGITS + 1);
        long value = 0;
        for (int i = start; i < end; i++) {
            byte b = in.getByte(i);
            if (b == '\r') {
                int digits = i - start;
                if (digits == 0 || (digits > 1 && in.getByte(start) == '0')) {
                    return UNUSUAL;
                }
                if (i + 1 >= in.writerIndex()) {
                    return INCOMPLETE;
                }
                headerEnd = i;
                return value;
            }
            if (b < '0' || b > '9') {
                return UNUSUAL;
            }
            value = value * 10 + (b - '0');
        }
        return end == in.writerIndex() && end < start + MAX_SIMPLE_DIGITS + 1 ? INCOMPLETE : UNUSUAL;
    }

    /**
     * The index of the first {@code terminator} from the reader index, or -1 if none has arrived. Redis
     * looks for it with {@code strchr}, which stops at a NUL byte: a NUL before the terminator makes the
     * line look unfinished, so the request waits until it is too big, and so does this.
     */
    private static int lineEnd(ByteBuf in, ByteProcessor untilTerminatorOrNul, byte terminator) {
        int stop = in.forEachByte(untilTerminatorOrNul);
        return stop >= 0 && in.getByte(stop) == terminator ? stop : -1;
    }

    /** Parses a signed decimal between {@code from} and {@code to}, or returns Long.MIN_VALUE if it is not one. */
    private long parseLong(ByteBuf in, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > digits.length) {
            return Long.MIN_VALUE;
        }
        in.getBytes(from, digits, 0, length);
        return Numbers.parseLong(digits, 0, length, Long.MIN_VALUE);
    }
}
