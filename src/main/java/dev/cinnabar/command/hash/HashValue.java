package dev.cinnabar.command.hash;

import dev.cinnabar.command.Settings;
import dev.cinnabar.keyspace.TypedValue;

/**
 * A hash: a listpack while it is small, a hash table once a write gives it more fields than
 * hash-max-listpack-entries or a field or value longer than hash-max-listpack-value bytes. As in
 * Redis 7.0 the thresholds are read at each write and a table never turns back into a listpack.
 */
public final class HashValue implements TypedValue {

    private HashFields fields;

    public HashValue() {
        this(new PackedFields());
    }

    private HashValue(HashFields fields) {
        this.fields = fields;
    }

    /**
     * Sets {@code field} to {@code value}, converting to a table first if either is too long for a
     * listpack, and after if the hash then has too many fields; true when the field is new.
     */
    boolean put(byte[] field, byte[] value, Settings limits) {
        if (fields instanceof PackedFields
                && Math.max(field.length, value.length) > limits.hashMaxListpackValue()) {
            toTable();
        }
        int handle = fields.find(field);
        if (handle >= 0) {
            fields.setValue(handle, value);
        } else {
            fields.add(field, value);
        }
        if (fields instanceof PackedFields && fields.size() > limits.hashMaxListpackEntries()) {
            toTable();
        }
        return handle < 0;
    }

    /** The value of {@code field}, or null when the hash has no such field; the array must not be changed. */
    public byte[] get(byte[] field) {
        int handle = fields.find(field);
        return handle < 0 ? null : fields.value(handle);
    }

    /** Removes the field; false when it was absent. */
    boolean remove(byte[] field) {
        int handle = fields.find(field);
        if (handle < 0) {
            return false;
        }
        fields.remove(handle);
        return true;
    }

    private void toTable() {
        TableFields table = new TableFields(fields.size());
        for (int h = fields.first(); h >= 0; h = fields.next(h)) {
            table.add(fields.field(h), fields.value(h));
        }
        fields = table;
    }

    /** The pairs in their current layout, for reading; a write may replace it. */
    HashFields fields() {
        return fields;
    }

    @Override
    public String typeName() {
        return "hash";
    }

    @Override
    public String encoding() {
        return fields.encoding();
    }

    @Override
    public TypedValue copy() {
        return new HashValue(fields.copy());
    }

    @Override
    public boolean isEmpty() {
        return fields.size() == 0;
    }
}
