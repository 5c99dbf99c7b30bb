package dev.cinnabar.command.keys;

/** Expected RESP2 replies, spelled out once for the key command tests. */
final class KeyTestSupport {

    static final String OK = "+OK\r\n";
    static final String NULL = "$-1\r\n";
    static final String SYNTAX = "-ERR syntax error\r\n";
    static final String NOT_AN_INTEGER = "-ERR value is not an integer or out of range\r\n";

    private KeyTestSupport() {
    }

    static String integer(long n) {
        return ":" + n + "\r\n";
    }

    static String bulk(String s) {
        return "$" + s.length() + "\r\n" + s + "\r\n";
    }

    static String error(String message) {
        return "-" + message + "\r\n";
    }

    /** A flat array of bulk strings. */
    static String array(String... items) {
        StringBuilder out = new StringBuilder("*" + items.length + "\r\n");
        for (String item : items) {
            out.append(bulk(item));
        }
        return out.toString();
    }
}
