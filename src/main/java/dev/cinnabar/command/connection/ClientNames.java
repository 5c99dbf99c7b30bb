package dev.cinnabar.command.connection;

import dev.cinnabar.command.RedisError;

import java.nio.charset.StandardCharsets;

/**
 * The rule for client names and library attributes: printable ASCII without spaces, so that each
 * CLIENT LIST field stays one space-separated word.
 */
final class ClientNames {

    private static final RedisError INVALID_NAME =
            new RedisError("ERR Client names cannot contain spaces, newlines or special characters.");

    private ClientNames() {
    }

    static boolean valid(byte[] value) {
        for (byte b : value) {
            if (b < '!' || b > '~') {
                return false;
            }
        }
        return true;
    }

    /** The name to store, after checking it; the empty name removes the name. */
    static String checkedName(byte[] name) {
        if (!valid(name)) {
            throw INVALID_NAME;
        }
        return new String(name, StandardCharsets.US_ASCII);
    }
}
