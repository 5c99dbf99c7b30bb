package dev.cinnabar.command.connection;

import dev.cinnabar.command.Settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The server's only user, {@code default}, whose password is {@code requirepass}. With no password
 * set it accepts any password, as Redis's {@code nopass} default user does.
 */
final class DefaultUser {

    static final String NAME = "default";
    static final String WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";

    private DefaultUser() {
    }

    static boolean accepts(Settings settings, String user, byte[] password) {
        if (!NAME.equals(user)) {
            return false;
        }
        if (!settings.authRequired()) {
            return true;
        }
        // Constant-time, so the reply time does not reveal how much of a guess was right.
        return MessageDigest.isEqual(settings.requirepass().getBytes(StandardCharsets.UTF_8), password);
    }
}
