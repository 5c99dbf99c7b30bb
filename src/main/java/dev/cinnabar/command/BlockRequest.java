package dev.cinnabar.command;

import dev.cinnabar.keyspace.TypedValue;

/**
 * What a blocking command asks for when it finds nothing to take: the keys it waits on, the type a key
 * must hold to serve it, and its timeout in milliseconds ({@link BlockingTimeout#FOREVER} for none).
 */
record BlockRequest(byte[][] keys, Class<? extends TypedValue> type, long timeoutMillis) {
}
