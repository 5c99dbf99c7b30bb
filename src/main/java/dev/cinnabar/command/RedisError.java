package dev.cinnabar.command;

/**
 * An error reply. The message starts with its code ({@code ERR}, {@code WRONGTYPE}, ...) and is sent as
 * is; no stack trace is filled in, because these are answers to clients, not bugs.
 */
public class RedisError extends RuntimeException {

    public static final RedisError NOT_AN_INTEGER = new RedisError("ERR value is not an integer or out of range");
    public static final RedisError NOT_A_FLOAT = new RedisError("ERR value is not a valid float");
    public static final RedisError SYNTAX = new RedisError("ERR syntax error");
    public static final RedisError WRONG_TYPE =
            new RedisError("WRONGTYPE Operation against a key holding the wrong kind of value");
    public static final RedisError NO_SUCH_KEY = new RedisError("ERR no such key");
    public static final RedisError OVERFLOW = new RedisError("ERR increment or decrement would overflow");
    public static final RedisError DB_INDEX_OUT_OF_RANGE = new RedisError("ERR DB index is out of range");

    public RedisError(String message) {
        super(message, null, false, false);
    }

    /** The error code: the first word of the message, as INFO errorstats counts it. */
    public String code() {
        return code(getMessage());
    }

    public static String code(String message) {
        int space = message.indexOf(' ');
        return space < 0 ? message : message.substring(0, space);
    }
}
