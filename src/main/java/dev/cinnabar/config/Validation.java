package dev.cinnabar.config;

import java.time.Duration;

/**
 * Start-up checks of {@link RedisProperties} and {@link ManagementProperties}: a bad value stops the
 * server with one line naming the setting and what it accepts.
 */
final class Validation {

    private Validation() {
    }

    static void check(RedisProperties p) {
        require(p.port() >= 0 && p.port() <= 65535, "redis.port", p.port(), "an integer from 0 to 65535");
        require(p.databases() >= 1, "redis.databases", p.databases(), "an integer of at least 1");
        require(p.maxclients() >= 1, "redis.maxclients", p.maxclients(), "an integer of at least 1");
        require(p.ioThreads() >= 0 && p.ioThreads() <= 128, "redis.io-threads", p.ioThreads(),
                "0 (one per core) or a number of threads up to 128");
        require(p.warmupConnections() >= 0 && p.warmupConnections() <= 100_000, "redis.warmup-connections",
                p.warmupConnections(), "0 (none) or a number of connections up to 100000");
        require(p.timeout() >= 0, "redis.timeout", p.timeout(), "0 (never) or a number of seconds");
        require(p.protoMaxBulkLen().toBytes() >= 1024 * 1024, "redis.proto-max-bulk-len", p.protoMaxBulkLen(),
                "a size of at least 1mb");
        require(p.bind() != null && !p.bind().isBlank(), "redis.bind", p.bind(), "an IP address such as 127.0.0.1");
        require(p.hashMaxListpackEntries() >= 0, "redis.hash-max-listpack-entries", p.hashMaxListpackEntries(), "0 or more");
        require(p.hashMaxListpackValue() >= 0, "redis.hash-max-listpack-value", p.hashMaxListpackValue(), "0 or more");
        require(p.setMaxIntsetEntries() >= 0, "redis.set-max-intset-entries", p.setMaxIntsetEntries(), "0 or more");
        require(p.zsetMaxListpackEntries() >= 0, "redis.zset-max-listpack-entries", p.zsetMaxListpackEntries(), "0 or more");
        require(p.zsetMaxListpackValue() >= 0, "redis.zset-max-listpack-value", p.zsetMaxListpackValue(), "0 or more");
    }

    static void check(ManagementProperties p) {
        Duration limit = p.maxCommandTime();
        require(!limit.isNegative() && !limit.isZero(), "cinnabar.management.max-command-time",
                limit.toMillis() + "ms", "a positive duration such as 30s");
    }

    private static void require(boolean ok, String name, Object value, String accepted) {
        if (!ok) {
            throw new InvalidSettingException(name, value, accepted);
        }
    }
}
