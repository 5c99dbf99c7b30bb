package dev.cinnabar.resp;

import io.netty.buffer.ByteBuf;
import io.netty.util.internal.PlatformDependent;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encodes replies into a buffer for one connection. The buffer is swapped in for each batch of
 * requests, so all the replies of a pipelined read go out in one write and one flush.
 *
 * <p>Replies are assembled in a heap array first and reach the buffer in large copies: when the array
 * fills, when the target changes, and before a long value, which goes in directly rather than being
 * copied twice. Netty's adaptive buffers (its default allocator since 4.2) pay a fixed cost on every
 * write, through {@code ByteBuffer.put} for an array, that dwarfs the few bytes of a header, a CRLF or
 * a short value; an LRANGE of 600 elements made 3,000 such writes.
 */
public final class RespWriter implements Reply {

    /**
     * The scratch array starts at the largest piece copied into it and doubles up to the most it keeps,
     * so a connection that only ever sends short replies holds half a kilobyte rather than eight.
     */
    private static final int SCRATCH_MIN = 512;
    private static final int SCRATCH_MAX = 8 * 1024;
    /** Values longer than this skip the scratch array: copying them into it would copy them twice. */
    private static final int DIRECT = SCRATCH_MIN;
    private static final byte[] OK = "+OK\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL_BULK = "$-1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL_ARRAY = "*-1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL3 = "_\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE3 = "#t\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE3 = "#f\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ONE = ":1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZERO = ":0\r\n".getBytes(StandardCharsets.US_ASCII);

    /** {@code $<n>\r\n} for the common short lengths, so a small bulk reply is three copies. */
    private static final byte[][] BULK_HEADERS = new byte[1024][];

    static {
        for (int n = 0; n < BULK_HEADERS.length; n++) {
            BULK_HEADERS[n] = ("$" + n + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private byte[] scratch = new byte[SCRATCH_MIN];
    private int fill;
    private ByteBuf out;
    private int protocol = 2;

    /** Replies go to {@code buffer} from now on; what was written so far is in the previous one. */
    public void target(ByteBuf buffer) {
        drain();
        this.out = buffer;
    }

    /** The current buffer, holding every reply written so far. */
    public ByteBuf target() {
        drain();
        return out;
    }

    /** Appends a reply encoded beforehand. */
    public void encoded(byte[] reply) {
        put(reply, 0, reply.length);
    }

    @Override
    public void protocol(int version) {
        this.protocol = version;
    }

    public int protocol() {
        return protocol;
    }

    @Override
    public boolean resp3() {
        return protocol == 3;
    }

    @Override
    public void ok() {
        put(OK);
    }

    @Override
    public void simple(String text) {
        putByte('+');
        writeText(text);
        crlf();
    }

    @Override
    public void error(String message) {
        putByte('-');
        // A newline inside an error would break the framing; Redis replaces them with spaces.
        writeText(message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0
                ? message.replace('\r', ' ').replace('\n', ' ') : message);
        crlf();
    }

    @Override
    public void integer(long value) {
        if (value == 1) {
            put(ONE);
        } else if (value == 0) {
            put(ZERO);
        } else {
            header(':', value);
        }
    }

    @Override
    public void bulk(byte[] value) {
        bulk(value, 0, value.length);
    }

    @Override
    public void bulk(byte[] value, int offset, int length) {
        if (length < BULK_HEADERS.length) {
            put(BULK_HEADERS[length]);
        } else {
            header('$', length);
        }
        put(value, offset, length);
        crlf();
    }

    @Override
    public void bulk(String value) {
        bulk(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void nullBulk() {
        put(protocol == 3 ? NULL3 : NULL_BULK);
    }

    @Override
    public void nullArray() {
        put(protocol == 3 ? NULL3 : NULL_ARRAY);
    }

    @Override
    public void array(int length) {
        header('*', length);
    }

    @Override
    public void map(int entries) {
        if (protocol == 3) {
            header('%', entries);
        } else {
            header('*', 2L * entries);
        }
    }

    @Override
    public void set(int length) {
        header(protocol == 3 ? '~' : '*', length);
    }

    @Override
    public void doubleValue(double value) {
        if (DoubleFormat.isPlainInteger(value)) {
            long whole = (long) value;
            if (protocol == 3) {
                putByte(',');
            } else {
                header('$', Numbers.digits(whole));
            }
            writeLong(whole);
            crlf();
            return;
        }
        String text = DoubleFormat.format(value);
        if (protocol == 3) {
            putByte(',');
            writeText(text);
            crlf();
        } else {
            bulk(text);
        }
    }

    @Override
    public void bool(boolean value) {
        if (protocol == 3) {
            put(value ? TRUE3 : FALSE3);
        } else {
            put(value ? ONE : ZERO);
        }
    }

    @Override
    public void verbatim(String text) {
        if (protocol == 3) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            header('=', bytes.length + 4L);
            put("txt:".getBytes(StandardCharsets.US_ASCII));
            put(bytes);
            crlf();
        } else {
            bulk(text);
        }
    }

    private void header(char type, long value) {
        putByte(type);
        writeLong(value);
        crlf();
    }

    private void writeLong(long value) {
        if (value >= 0 && value < 10) {
            putByte('0' + (int) value);
            return;
        }
        int length = Numbers.digits(value);
        room(length);
        fill += length;
        Numbers.writeDecimal(value, scratch, fill);
    }

    private void put(byte[] src) {
        put(src, 0, src.length);
    }

    private void put(byte[] src, int offset, int length) {
        if (length > DIRECT) {
            drain();
            copy(src, offset, length);
            return;
        }
        room(length);
        System.arraycopy(src, offset, scratch, fill, length);
        fill += length;
    }

    private void putByte(int b) {
        room(1);
        scratch[fill++] = (byte) b;
    }

    private void crlf() {
        room(2);
        scratch[fill++] = '\r';
        scratch[fill++] = '\n';
    }

    /** Makes room for {@code length} bytes, at most {@link #SCRATCH_MIN} of them. */
    private void room(int length) {
        if (fill + length > scratch.length) {
            if (scratch.length < SCRATCH_MAX) {
                scratch = Arrays.copyOf(scratch, scratch.length * 2);
            } else {
                drain();
            }
        }
    }

    private void drain() {
        if (fill > 0) {
            copy(scratch, 0, fill);
            fill = 0;
        }
    }

    /**
     * Appends bytes to the reply buffer. Netty's adaptive buffers take an array through a ByteBuffer view
     * (3-5% of the event loop's user time on unpipelined GET); where the buffer has a memory address this
     * is one plain memory copy instead.
     */
    private void copy(byte[] src, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, src.length);
        out.ensureWritable(length);
        if (out.hasMemoryAddress()) {
            int at = out.writerIndex();
            PlatformDependent.copyMemory(src, offset, out.memoryAddress() + at, length);
            out.writerIndex(at + length);
        } else {
            out.writeBytes(src, offset, length);
        }
    }

    /** ASCII text, the usual case, goes straight into the scratch array; anything else is encoded first. */
    private void writeText(String text) {
        int length = text.length();
        if (length > DIRECT) {
            put(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        room(length);
        int at = fill;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                put(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
            scratch[at++] = (byte) c;
        }
        fill = at;
    }
}
