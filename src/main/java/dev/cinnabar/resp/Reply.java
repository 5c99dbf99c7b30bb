package dev.cinnabar.resp;

/**
 * Where a command writes its reply. Implementations hide the difference between RESP2 and RESP3, so a
 * command says "a map of two entries" or "a null" and the connection's protocol decides the bytes.
 * Error messages carry their code as the first word ({@code ERR ...}, {@code WRONGTYPE ...}).
 */
public interface Reply {

    void ok();

    void simple(String text);

    void error(String message);

    void integer(long value);

    void bulk(byte[] value);

    void bulk(byte[] value, int offset, int length);

    void bulk(String value);

    /** The null bulk string: {@code $-1} in RESP2, {@code _} in RESP3. */
    void nullBulk();

    /** The null array: {@code *-1} in RESP2, {@code _} in RESP3. */
    void nullArray();

    void array(int length);

    /** A map of {@code entries} key-value pairs: a flat array of twice the length in RESP2. */
    void map(int entries);

    /** An unordered set: a plain array in RESP2. */
    void set(int length);

    /** A double: a bulk string in RESP2, {@code ,} in RESP3. */
    void doubleValue(double value);

    /** A boolean: the integer 1 or 0 in RESP2, {@code #t}/{@code #f} in RESP3. */
    void bool(boolean value);

    /** Text for a person to read, such as INFO: a bulk string in RESP2, a verbatim string in RESP3. */
    void verbatim(String text);

    /** Whether the connection speaks RESP3, for the rare reply whose shape (not only bytes) differs. */
    boolean resp3();

    /** Switches the encoding of this and every later reply (HELLO). */
    void protocol(int version);
}
