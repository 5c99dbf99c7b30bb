package dev.cinnabar.wire;

import io.lettuce.core.KeyValue;
import io.lettuce.core.LMPopArgs;
import io.lettuce.core.LMoveArgs;
import io.lettuce.core.LPosArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list commands through Lettuce, which speaks RESP3, so its nulls come as RESP3 nulls. */
class LettuceListTest extends SharedServerTest {

    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private RedisCommands<String, String> redis;

    @BeforeEach
    void connect() {
        client = RedisClient.create(RedisURI.Builder.redis("127.0.0.1", port).withTimeout(Duration.ofSeconds(10)).build());
        connection = client.connect();
        redis = connection.sync();
        redis.del("ll:a", "ll:b", "ll:big", "ll:s");
    }

    @AfterEach
    void disconnect() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Test
    void pushPopAndRange() {
        assertThat(redis.rpush("ll:a", "b", "c")).isEqualTo(2);
        assertThat(redis.lpush("ll:a", "a")).isEqualTo(3);
        assertThat(redis.lpushx("ll:none", "x")).isZero();
        assertThat(redis.lrange("ll:a", 0, -1)).containsExactly("a", "b", "c");
        assertThat(redis.lindex("ll:a", -1)).isEqualTo("c");
        assertThat(redis.lindex("ll:a", 9)).isNull();
        assertThat(redis.rpop("ll:a", 2)).containsExactly("c", "b");
        assertThat(redis.lpop("ll:a")).isEqualTo("a");
        assertThat(redis.lpop("ll:a")).isNull();
        assertThat(redis.lpop("ll:a", 3)).isEmpty();
        assertThat(redis.exists("ll:a")).isZero();
    }

    @Test
    void editingInPlace() {
        redis.rpush("ll:a", "x", "y", "x", "z");
        assertThat(redis.lset("ll:a", 1, "Y")).isEqualTo("OK");
        assertThat(redis.linsert("ll:a", true, "z", "before-z")).isEqualTo(5);
        assertThat(redis.linsert("ll:a", false, "missing", "v")).isEqualTo(-1);
        assertThat(redis.lrem("ll:a", 0, "x")).isEqualTo(2);
        assertThat(redis.lrange("ll:a", 0, -1)).containsExactly("Y", "before-z", "z");
        assertThat(redis.ltrim("ll:a", 1, -1)).isEqualTo("OK");
        assertThat(redis.llen("ll:a")).isEqualTo(2);
        assertThatThrownBy(() -> redis.lset("ll:a", 5, "v")).isInstanceOf(RedisCommandExecutionException.class)
                .hasMessage("ERR index out of range");
    }

    @Test
    void positionsMovesAndMultiPops() {
        redis.rpush("ll:a", "a", "b", "a", "c", "a");
        assertThat(redis.lpos("ll:a", "a", LPosArgs.Builder.rank(-1))).isEqualTo(4);
        assertThat(redis.lpos("ll:a", "a", 0)).containsExactly(0L, 2L, 4L);
        assertThat(redis.lpos("ll:a", "zz")).isNull();
        assertThat(redis.lmove("ll:a", "ll:b", LMoveArgs.Builder.leftRight())).isEqualTo("a");
        assertThat(redis.rpoplpush("ll:a", "ll:b")).isEqualTo("a");
        assertThat(redis.lrange("ll:b", 0, -1)).containsExactly("a", "a");
        KeyValue<String, List<String>> popped = redis.lmpop(LMPopArgs.Builder.right().count(2), "ll:none", "ll:a");
        assertThat(popped.getKey()).isEqualTo("ll:a");
        assertThat(popped.getValue()).containsExactly("c", "a");
        assertThat(redis.lmpop(LMPopArgs.Builder.left(), "ll:none")).isNull();
        redis.set("ll:s", "v");
        assertThatThrownBy(() -> redis.lmove("ll:b", "ll:s", LMoveArgs.Builder.leftLeft()))
                .hasMessageStartingWith("WRONGTYPE");
        assertThat(redis.llen("ll:b")).isEqualTo(2);
    }

    /** Compared with equals: AssertJ's containsExactly is quadratic on lists this long. */
    @Test
    void aLongListRoundTrips() {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            elements.add("element-" + i);
        }
        assertThat(redis.rpush("ll:big", elements.toArray(String[]::new))).isEqualTo(20_000);
        assertThat(redis.lrange("ll:big", 0, -1)).isEqualTo(elements);
        assertThat(redis.lrange("ll:big", 9_990, 10_009)).containsExactlyElementsOf(elements.subList(9_990, 10_010));
        assertThat(redis.lindex("ll:big", 12_345)).isEqualTo("element-12345");
        assertThat(redis.lpop("ll:big", 15_000)).isEqualTo(elements.subList(0, 15_000));
        assertThat(redis.llen("ll:big")).isEqualTo(5_000);
    }
}
