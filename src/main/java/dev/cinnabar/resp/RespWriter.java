package dev.cinnabar.resp;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * Encodes replies into a buffer for one connection. The buffer is swapped in for each batch of
 * requests, so all the replies of a pipelined read go out in one write and one flush.
 */
public final class RespWriter implements Reply {

    private static final byte[] CRLF = {'\r', '\n'};
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

    private ByteBuf out;
    private int protocol = 2;

    public void target(ByteBuf buffer) {
        this.out = buffer;
    }

    public ByteBuf target() {
        return out;
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
        out.writeBytes(OK);
    }

    @Override
    public void simple(String text) {
        out.writeByte('+');
        writeText(text);
        out.writeBytes(CRLF);
    }

    @Override
    public void error(String message) {
        out.writeByte('-');
        // A newline inside an error would break the framing; Redis replaces them with spaces.
        writeText(message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0
                ? message.replace('\r', ' ').replace('\n', ' ') : message);
        out.writeBytes(CRLF);
    }

    @Override
    public void integer(long value) {
        if (value == 1) {
            out.writeBytes(ONE);
        } else if (value == 0) {
            out.writeBytes(ZERO);
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
            out.ensureWritable(BULK_HEADERS[length].length + length + 2);
            out.writeBytes(BULK_HEADERS[length]);
        } else {
            header('$', length);
        }
        out.writeBytes(value, offset, length);
        out.writeBytes(CRLF);
    }

    @Override
    public void bulk(String value) {
        bulk(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void nullBulk() {
        out.writeBytes(protocol == 3 ? NULL3 : NULL_BULK);
    }

    @Override
    public void nullArray() {
        out.writeBytes(protocol == 3 ? NULL3 : NULL_ARRAY);
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
                out.writeByte(',');
            } else {
                header('$', Numbers.digits(whole));
            }
            writeLong(whole);
            out.writeBytes(CRLF);
            return;
        }
        String text = DoubleFormat.format(value);
        if (protocol == 3) {
            out.writeByte(',');
            writeText(text);
            out.writeBytes(CRLF);
        } else {
            bulk(text);
        }
    }

    @Override
    public void bool(boolean value) {
        if (protocol == 3) {
            out.writeBytes(value ? TRUE3 : FALSE3);
        } else {
            out.writeBytes(value ? ONE : ZERO);
        }
    }

    @Override
    public void verbatim(String text) {
        if (protocol == 3) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            header('=', bytes.length + 4L);
            out.writeBytes("txt:".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.writeBytes(CRLF);
        } else {
            bulk(text);
        }
    }

    private void header(char type, long value) {
        out.writeByte(type);
        writeLong(value);
        out.writeBytes(CRLF);
    }

    private void writeLong(long value) {
        if (value >= 0 && value < 10) {
            out.writeByte('0' + (int) value);
            return;
        }
        if (value == Long.MIN_VALUE) {
            writeText("-9223372036854775808");
            return;
        }
        int length = Numbers.digits(value);
        out.ensureWritable(length);
        int end = out.writerIndex() + length;
        long v = value;
        if (v < 0) {
            out.setByte(out.writerIndex(), '-');
            v = -v;
        }
        int pos = end;
        do {
            out.setByte(--pos, (int) ('0' + v % 10));
            v /= 10;
        } while (v != 0);
        out.writerIndex(end);
    }

    private void writeText(String text) {
        out.writeCharSequence(text, StandardCharsets.UTF_8);
    }
}
