package dev.cinnabar.keyspace;

/**
 * What the generic key commands need to know of each kind of value: the type name TYPE and SCAN's
 * TYPE filter use, and how COPY duplicates it. Strings are bare {@code byte[]} or {@link RawString};
 * every other type is a {@link TypedValue} and answers for itself.
 */
public final class ValueTypes {

    private ValueTypes() {
    }

    /** The name TYPE replies for a value. */
    public static String name(Object value) {
        if (value instanceof byte[] || value instanceof RawString) {
            return "string";
        }
        if (value instanceof TypedValue typed) {
            return typed.typeName();
        }
        throw unknown(value);
    }

    /**
     * A copy of the value that shares no mutable state with it: a bare {@code byte[]} is never changed
     * in place, so it is shared, but a {@link RawString} grows in place and must be copied.
     */
    public static Object duplicate(Object value) {
        if (value instanceof byte[]) {
            return value;
        }
        if (value instanceof RawString raw) {
            return new RawString(raw.toBytes(), raw.length());
        }
        if (value instanceof TypedValue typed) {
            return typed.copy();
        }
        throw unknown(value);
    }

    private static IllegalStateException unknown(Object value) {
        return new IllegalStateException("No type for " + value.getClass().getName());
    }
}
