package dev.cinnabar.command.keys;

import dev.cinnabar.keyspace.RawString;
import dev.cinnabar.keyspace.TypedValue;
import dev.cinnabar.resp.Numbers;

/**
 * What OBJECT ENCODING and OBJECT REFCOUNT report for a value: Redis's internal representation, as far
 * as it can be told from ours. Collections report their own.
 */
final class Encodings {

    /** Redis keeps one shared object for each integer in [0, 10000) and reports INT_MAX references. */
    private static final long SHARED_INTEGERS = 10_000;
    private static final int EMBSTR_LIMIT = 44;

    private Encodings() {
    }

    static String of(Object value) {
        if (value instanceof RawString) {
            return "raw";
        }
        if (value instanceof byte[] bytes) {
            if (isInteger(bytes)) {
                return "int";
            }
            return bytes.length <= EMBSTR_LIMIT ? "embstr" : "raw";
        }
        if (value instanceof TypedValue typed) {
            return typed.encoding();
        }
        throw new IllegalStateException("No encoding for " + value.getClass().getName());
    }

    static long refcount(Object value) {
        if (value instanceof byte[] bytes) {
            // -1 stands for "not an integer", which the range test then rejects.
            long n = Numbers.parseLong(bytes, -1);
            if (n >= 0 && n < SHARED_INTEGERS) {
                return Integer.MAX_VALUE;
            }
        }
        return 1;
    }

    /** Whether Redis would hold the string as a number: a canonical long of at most 20 characters. */
    private static boolean isInteger(byte[] bytes) {
        // 0 stands for "not an integer" here, so the one string that really is 0 is tested apart.
        return Numbers.parseLong(bytes, 0) != 0 || (bytes.length == 1 && bytes[0] == '0');
    }
}
