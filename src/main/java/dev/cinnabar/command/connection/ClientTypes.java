package dev.cinnabar.command.connection;

import dev.cinnabar.command.RedisError;

import java.util.Locale;

/**
 * The client types CLIENT LIST and CLIENT KILL filter by. Every Cinnabar connection is a normal client:
 * there are no replicas, masters or subscribers.
 */
final class ClientTypes {

    private ClientTypes() {
    }

    /** Whether clients of the named type include normal ones; an unknown name is an error. */
    static boolean includesNormal(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "normal" -> true;
            case "slave", "replica", "master", "pubsub" -> false;
            default -> throw new RedisError("ERR Unknown client type '" + type + "'");
        };
    }
}
