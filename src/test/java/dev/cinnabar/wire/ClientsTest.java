package dev.cinnabar.wire;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.Jedis;

import java.time.Duration;

/** Base of the tests that talk to the shared server through both Lettuce (RESP3) and Jedis (RESP2). */
abstract class ClientsTest extends SharedServerTest {

    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    protected RedisCommands<String, String> lettuce;
    protected Jedis jedis;

    @BeforeEach
    void connect() {
        client = RedisClient.create(RedisURI.Builder.redis("127.0.0.1", port).withTimeout(Duration.ofSeconds(10)).build());
        connection = client.connect();
        lettuce = connection.sync();
        jedis = new Jedis("127.0.0.1", port, 10_000);
    }

    @AfterEach
    void disconnect() {
        jedis.close();
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
