package dev.cinnabar.command.hash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Expected reply bytes for the hash command tests. */
final class HashReplies {

    static final String NIL = "$-1\r\n";
    static final String OK = "+OK\r\n";
    static final String EMPTY_ARRAY = "*0\r\n";
    static final String WRONG_TYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";
    static final String SYNTAX = "-ERR syntax error\r\n";

    private HashReplies() {
    }

    static String bulk(String value) {
        return "$" + value.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n" + value + "\r\n";
    }

    static String integer(long value) {
        return ":" + value + "\r\n";
    }

    static String error(String message) {
        return "-" + message + "\r\n";
    }

    /** A RESP2 array of bulk strings. */
    static String array(String... values) {
        StringBuilder out = new StringBuilder("*" + values.length + "\r\n");
        for (String value : values) {
            out.append(bulk(value));
        }
        return out.toString();
    }

    /** Every bulk string of a reply, in order, whatever arrays hold them; nulls are skipped. */
    static List<String> bulks(String reply) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < reply.length()) {
            int end = reply.indexOf("\r\n", i);
            char type = reply.charAt(i);
            String header = reply.substring(i + 1, end);
            i = end + 2;
            if (type == '$' && !header.equals("-1")) {
                int length = Integer.parseInt(header);
                out.add(reply.substring(i, i + length));
                i += length + 2;
            }
        }
        return out;
    }
}
