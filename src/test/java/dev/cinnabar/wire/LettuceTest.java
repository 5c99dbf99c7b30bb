package dev.cinnabar.wire;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Lettuce, which opens with HELLO 3 and speaks RESP3 when the server accepts it, RESP2 otherwise. */
class LettuceTest extends SharedServerTest {

    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private RedisCommands<String, String> redis;

    @BeforeEach
    void connect() {
        RedisURI uri = RedisURI.Builder.redis("127.0.0.1", port).withTimeout(Duration.ofSeconds(10)).build();
        client = RedisClient.create(uri);
        connection = client.connect();
        redis = connection.sync();
    }

    @AfterEach
    void disconnect() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Test
    void pingSetGet() {
        assertThat(redis.ping()).isEqualTo("PONG");
        assertThat(redis.set("lettuce:k", "v")).isEqualTo("OK");
        assertThat(redis.get("lettuce:k")).isEqualTo("v");
        assertThat(redis.get("lettuce:missing")).isNull();
    }

    @Test
    void setOptions() {
        assertThat(redis.set("lettuce:nx", "1", SetArgs.Builder.nx())).isEqualTo("OK");
        assertThat(redis.set("lettuce:nx", "2", SetArgs.Builder.nx())).isNull();
        assertThat(redis.get("lettuce:nx")).isEqualTo("1");
        assertThat(redis.set("lettuce:px", "v", SetArgs.Builder.px(60_000))).isEqualTo("OK");
        assertThat(redis.get("lettuce:px")).isEqualTo("v");
    }

    @Test
    void binaryValuesRoundTrip() {
        byte[] value = new byte[1000];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) (i * 31);
        }
        try (StatefulRedisConnection<byte[], byte[]> binary = client.connect(ByteArrayCodec.INSTANCE)) {
            byte[] key = {0, '\r', '\n', (byte) 0xff};
            assertThat(binary.sync().set(key, value)).isEqualTo("OK");
            assertThat(binary.sync().get(key)).isEqualTo(value);
        }
    }

    @Test
    void pipelinedAsyncCommandsAnswerInOrder() throws Exception {
        RedisAsyncCommands<String, String> async = connection.async();
        connection.setAutoFlushCommands(false);
        List<RedisFuture<String>> gets = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            async.set("lettuce:p:" + i, "v" + i);
            gets.add(async.get("lettuce:p:" + i));
        }
        connection.flushCommands();
        connection.setAutoFlushCommands(true);
        for (int i = 0; i < gets.size(); i++) {
            assertThat(gets.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("v" + i);
        }
    }

    @Test
    void countersAndKeyCommands() {
        redis.set("lettuce:n", "10");
        assertThat(redis.incr("lettuce:n")).isEqualTo(11);
        assertThat(redis.incrby("lettuce:n", -5)).isEqualTo(6);
        assertThat(redis.exists("lettuce:n", "lettuce:none")).isEqualTo(1);
        assertThat(redis.del("lettuce:n")).isEqualTo(1);
        assertThat(redis.mset(java.util.Map.of("lettuce:a", "1", "lettuce:b", "2"))).isEqualTo("OK");
        assertThat(redis.mget("lettuce:a", "lettuce:b").stream().map(kv -> kv.getValue()).toList()).containsExactly("1", "2");
    }
}
