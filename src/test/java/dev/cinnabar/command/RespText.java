package dev.cinnabar.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected RESP2 reply text for the command tests, which compare replies as ISO-8859-1 strings. Each test
 * package's helper extends it, so static imports through that helper reach these methods too.
 */
public class RespText {

    public static final String OK = "+OK\r\n";
    public static final String NIL = "$-1\r\n";
    public static final String EMPTY_ARRAY = "*0\r\n";
    public static final String SYNTAX = "-ERR syntax error\r\n";
    public static final String WRONG_TYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";

    protected RespText() {
    }

    public static String bulk(String value) {
        return "$" + value.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n" + value + "\r\n";
    }

    public static String integer(long value) {
        return ":" + value + "\r\n";
    }

    public static String error(String message) {
        return "-" + message + "\r\n";
    }

    /** A flat array of bulk strings. */
    public static String array(String... values) {
        StringBuilder out = new StringBuilder("*" + values.length + "\r\n");
        for (String value : values) {
            out.append(bulk(value));
        }
        return out.toString();
    }

    /** Every bulk string of a reply, in order, whatever arrays hold them; nulls are skipped. */
    public static List<String> bulks(String reply) {
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
