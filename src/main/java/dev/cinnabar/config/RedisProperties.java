package dev.cinnabar.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server's settings, under {@code redis.*} with redis.conf's own names, so {@code redis.port},
 * {@code --redis.port=7000} and {@code REDIS_PORT=7000} all mean what a Redis user expects.
 *
 * @param port            TCP port of the RESP listener; 0 picks a free one
 * @param bind            address to listen on; containers use 0.0.0.0
 * @param databases       number of numbered databases
 * @param requirepass     password of the default user; empty means no AUTH needed
 * @param maxclients      most simultaneous client connections
 * @param timeout         seconds a client may stay idle before it is closed; 0 never closes
 * @param protoMaxBulkLen largest bulk string a request may carry
 * @param latencyTracking whether each command's execution time is recorded in its latency histogram
 * @param ioThreads       event-loop threads that read, parse and write for the connections; 0 means one
 *                        per core. 1, as Redis's io-threads, measured best with clients on the same cores
 * @param warmupConnections loopback connections the server makes and closes before its port opens, so
 *                        that the JIT compiles the path every new connection takes; 0 skips it
 * @param hashMaxListpackEntries most fields of a hash in the compact listpack layout
 * @param hashMaxListpackValue   longest field or value of a hash in the listpack layout
 * @param listMaxListpackSize    elements (positive) or size class (-1 to -5: 4 to 64 KB) of each list node
 * @param setMaxIntsetEntries    most members of an all-integer set in the intset layout
 * @param zsetMaxListpackEntries most members of a sorted set in the listpack layout
 * @param zsetMaxListpackValue   longest member of a sorted set in the listpack layout
 */
@ConfigurationProperties("redis")
public record RedisProperties(
        @DefaultValue("6379") int port,
        @DefaultValue("127.0.0.1") String bind,
        @DefaultValue("16") int databases,
        @DefaultValue("") String requirepass,
        @DefaultValue("10000") int maxclients,
        @DefaultValue("0") int timeout,
        @DefaultValue("512MB") DataSize protoMaxBulkLen,
        @DefaultValue("true") boolean latencyTracking,
        @DefaultValue("1") int ioThreads,
        @DefaultValue("5000") int warmupConnections,
        @DefaultValue("512") long hashMaxListpackEntries,
        @DefaultValue("64") long hashMaxListpackValue,
        @DefaultValue("-2") int listMaxListpackSize,
        @DefaultValue("512") long setMaxIntsetEntries,
        @DefaultValue("128") long zsetMaxListpackEntries,
        @DefaultValue("64") long zsetMaxListpackValue) {
}
