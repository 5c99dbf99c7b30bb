package dev.cinnabar.wire;

import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Blocking commands over real connections: a client waits without holding a thread, another client's
 * push serves it, waiters are served in the order they blocked, sub-second timeouts end the wait, and a
 * blocked connection's later requests wait behind it.
 */
class BlockingWireTest extends SharedServerTest {

    private RedisClient client;
    private StatefulRedisConnection<String, String> control;
    private RedisCommands<String, String> redis;

    @BeforeEach
    void connect() {
        client = RedisClient.create(RedisURI.Builder.redis("127.0.0.1", port).withTimeout(Duration.ofSeconds(10)).build());
        control = client.connect();
        redis = control.sync();
        redis.del("bw:q", "bw:z", "bw:src", "bw:dst");
    }

    @AfterEach
    void disconnect() {
        control.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private long blockedClients() {
        String info = redis.info("clients");
        return Long.parseLong(info.replaceAll("(?s).*blocked_clients:(\\d+).*", "$1"));
    }

    @Test
    void aPushFromAnotherConnectionServesTheWaitingClient() throws Exception {
        try (StatefulRedisConnection<String, String> waiter = client.connect()) {
            var pending = waiter.async().blpop(0, "bw:q");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 1);
            redis.rpush("bw:q", "job");
            KeyValue<String, String> served = pending.get(5, TimeUnit.SECONDS);
            assertThat(served.getKey()).isEqualTo("bw:q");
            assertThat(served.getValue()).isEqualTo("job");
            assertThat(blockedClients()).isZero();
        }
    }

    @Test
    void waitersAreServedFirstComeFirstServed() throws Exception {
        try (StatefulRedisConnection<String, String> first = client.connect();
             StatefulRedisConnection<String, String> second = client.connect()) {
            var one = first.async().brpop(0, "bw:q");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 1);
            var two = second.async().brpop(0, "bw:q");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 2);
            redis.lpush("bw:q", "a");
            assertThat(one.get(5, TimeUnit.SECONDS).getValue()).isEqualTo("a");
            redis.lpush("bw:q", "b");
            assertThat(two.get(5, TimeUnit.SECONDS).getValue()).isEqualTo("b");
        }
    }

    @Test
    void aSubSecondTimeoutEndsTheWaitWithNull() {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            long start = System.nanoTime();
            redis.clients.jedis.util.KeyValue<String, String> reply = jedis.blpop(0.2, "bw:q");
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(reply).isNull();
            assertThat(waited).isGreaterThanOrEqualTo(200);
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void sortedSetWaitersGetTheKeyMemberAndScore() throws Exception {
        try (StatefulRedisConnection<String, String> waiter = client.connect()) {
            var pending = waiter.async().bzpopmin(0, "bw:z");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 1);
            redis.zadd("bw:z", 2.5, "m");
            var served = pending.get(5, TimeUnit.SECONDS);
            assertThat(served.getKey()).isEqualTo("bw:z");
            assertThat(served.getValue().getValue()).isEqualTo("m");
            assertThat(served.getValue().getScore()).isEqualTo(2.5);
        }
    }

    @Test
    void requestsPipelinedBehindABlockedCommandWaitForIt() throws Exception {
        try (RawClient raw = new RawClient(port)) {
            raw.send("*3\r\n$5\r\nBLPOP\r\n$4\r\nbw:q\r\n$1\r\n0\r\n*1\r\n$4\r\nPING\r\n");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 1);
            redis.rpush("bw:q", "x");
            assertThat(raw.readLine()).isEqualTo("*2");
            assertThat(raw.readLine()).isEqualTo("$4");
            assertThat(raw.readLine()).isEqualTo("bw:q");
            assertThat(raw.readLine()).isEqualTo("$1");
            assertThat(raw.readLine()).isEqualTo("x");
            assertThat(raw.readLine()).isEqualTo("+PONG");
        }
    }

    @Test
    void aClientThatHangsUpWhileBlockedIsForgotten() throws Exception {
        try (RawClient raw = new RawClient(port)) {
            raw.send("*3\r\n$5\r\nBLPOP\r\n$4\r\nbw:q\r\n$1\r\n0\r\n");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 1);
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 0);
        redis.rpush("bw:q", "kept");
        assertThat(redis.lrange("bw:q", 0, -1)).containsExactly("kept");
    }

    @Test
    void blmoveWaitsForTheSourceAndReturnsTheElement() throws Exception {
        try (StatefulRedisConnection<String, String> waiter = client.connect()) {
            RedisAsyncCommands<String, String> async = waiter.async();
            var pending = async.brpoplpush(0, "bw:src", "bw:dst");
            await().atMost(5, TimeUnit.SECONDS).until(() -> blockedClients() == 1);
            redis.rpush("bw:src", "moved");
            assertThat(pending.get(5, TimeUnit.SECONDS)).isEqualTo("moved");
            assertThat(redis.lrange("bw:dst", 0, -1)).containsExactly("moved");
        }
    }
}
