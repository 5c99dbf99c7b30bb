package dev.cinnabar.config;

/**
 * Start-up checks of {@link RedisProperties}: a bad value stops the server with one line naming the
 * setting and what it accepts.
 */
final class Validation {

    private Validation() {
    }

    static void check(RedisProperties p) {
        require(p.port() >= 0 && p.port() <= 65535, "redis.port", p.port(), "an integer from 0 to 65535");
        require(p.databases() >= 1, "redis.databases", p.databases(), "an integer of at least 1");
        require(p.maxclients() >= 1, "redis.maxclients", p.maxclients(), "an integer of at least 1");
        require(p.timeout() >= 0, "redis.timeout", p.timeout(), "0 (never) or a number of seconds");
        require(p.protoMaxBulkLen().toBytes() >= 1024 * 1024, "redis.proto-max-bulk-len", p.protoMaxBulkLen(),
                "a size of at least 1mb");
        require(p.bind() != null && !p.bind().isBlank(), "redis.bind", p.bind(), "an IP address such as 127.0.0.1");
    }

    private static void require(boolean ok, String name, Object value, String accepted) {
        if (!ok) {
            throw new InvalidSettingException(name, value, accepted);
        }
    }
}
