package dev.cinnabar.diff;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads exactly one complete RESP2/RESP3 reply frame from a stream, keeping its raw bytes, so two
 * servers' replies can be compared byte for byte; and describes a frame's shape (types and element
 * counts) for replies whose content is legitimately different.
 */
public final class RespFrames {

    private RespFrames() {
    }

    /** The raw bytes of the next frame; an attribute ({@code |}) is kept together with the reply it annotates. */
    public static byte[] read(InputStream in) throws IOException {
        byte[] frame = next(in);
        if (frame == null) {
            throw new EOFException("connection closed before a reply");
        }
        return frame;
    }

    /**
     * Like {@link #read}, but null when the stream ends cleanly between two frames; an end inside a
     * frame is still an {@link EOFException}.
     */
    public static byte[] next(InputStream in) throws IOException {
        in.mark(1);
        if (in.read() < 0) {
            return null;
        }
        in.reset();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        copyFrame(in, frame);
        return frame.toByteArray();
    }

    private static void copyFrame(InputStream in, ByteArrayOutputStream frame) throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("connection closed before a reply" + (frame.size() > 0 ? " (partial: " + escape(frame.toByteArray()) + ")" : ""));
        }
        frame.write(type);
        String line = copyLine(in, frame);
        switch (type) {
            case '+', '-', ':', '_', ',', '#', '(' -> {
            }
            case '$', '!', '=' -> {
                long length = Long.parseLong(line);
                if (length >= 0) {
                    copyExactly(in, frame, length + 2);
                }
            }
            case '*', '~', '>' -> copyChildren(in, frame, Long.parseLong(line));
            case '%' -> copyChildren(in, frame, 2 * Long.parseLong(line));
            case '|' -> {
                copyChildren(in, frame, 2 * Long.parseLong(line));
                copyFrame(in, frame);
            }
            default -> throw new IOException("not a RESP type byte: " + escape(frame.toByteArray()));
        }
    }

    private static void copyChildren(InputStream in, ByteArrayOutputStream frame, long count) throws IOException {
        for (long i = 0; i < count; i++) {
            copyFrame(in, frame);
        }
    }

    /** Copies up to and including CRLF; returns the line's text without it. */
    private static String copyLine(InputStream in, ByteArrayOutputStream frame) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int prev = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside a reply: " + escape(frame.toByteArray()) + escape(line.toByteArray()));
            }
            frame.write(b);
            if (prev == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            prev = b;
        }
    }

    private static void copyExactly(InputStream in, ByteArrayOutputStream frame, long n) throws IOException {
        byte[] data = in.readNBytes((int) n);
        frame.write(data);
        if (data.length != n) {
            throw new EOFException("connection closed inside a bulk: " + escape(frame.toByteArray()));
        }
    }

    /**
     * The frame's types and element counts, without its content: {@code *2[$,:]} for an array of a
     * bulk and an integer. Nulls keep their own marks ({@code $-1}, {@code *-1}) since they are a shape.
     */
    public static String shape(byte[] frame) {
        StringBuilder out = new StringBuilder();
        shape(frame, new int[] {0}, out);
        return out.toString();
    }

    private static void shape(byte[] f, int[] pos, StringBuilder out) {
        char type = (char) f[pos[0]];
        int lineEnd = indexOfCrlf(f, pos[0]);
        String line = new String(f, pos[0] + 1, lineEnd - pos[0] - 1, StandardCharsets.ISO_8859_1);
        pos[0] = lineEnd + 2;
        out.append(type);
        switch (type) {
            case '$', '!', '=' -> {
                long length = Long.parseLong(line);
                if (length < 0) {
                    out.append(length);
                } else {
                    pos[0] += (int) length + 2;
                }
            }
            case '*', '~', '>', '%', '|' -> {
                long count = Long.parseLong(line);
                out.append(count);
                if (count > 0) {
                    long children = type == '%' || type == '|' ? 2 * count : count;
                    out.append('[');
                    for (long i = 0; i < children; i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        shape(f, pos, out);
                    }
                    out.append(']');
                }
                if (type == '|') {
                    out.append(' ');
                    shape(f, pos, out);
                }
            }
            default -> {
            }
        }
    }

    /**
     * The frame with the order of its top-level elements forgotten: its header line, then its children
     * (key-value pairs for a map) sorted, for replies whose order Redis leaves to the hash table.
     */
    public static String unordered(byte[] frame) {
        int lineEnd = indexOfCrlf(frame, 0);
        String header = new String(frame, 0, lineEnd + 2, StandardCharsets.ISO_8859_1);
        char type = (char) frame[0];
        if ("*~>%".indexOf(type) < 0 || frame[1] == '-') {
            return escape(frame);
        }
        long count = Long.parseLong(header.substring(1).strip());
        int group = type == '%' ? 2 : 1;
        List<String> children = new ArrayList<>();
        int[] pos = {lineEnd + 2};
        for (long i = 0; i < count; i++) {
            int start = pos[0];
            for (int g = 0; g < group; g++) {
                shape(frame, pos, new StringBuilder());
            }
            children.add(escape(Arrays.copyOfRange(frame, start, pos[0])));
        }
        Collections.sort(children);
        return escape(header.getBytes(StandardCharsets.ISO_8859_1)) + children;
    }

    private static int indexOfCrlf(byte[] f, int from) {
        for (int i = from; i + 1 < f.length; i++) {
            if (f[i] == '\r' && f[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("no CRLF after offset " + from + " in " + escape(f));
    }

    /** Printable ASCII as is; CR, LF, tab, quotes and other bytes escaped, for failure messages. */
    public static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else {
                        out.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
