package dev.cinnabar.wire;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.SortingParams;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SORT and SORT_RO through Jedis: its SortingParams, STORE, nulls from GET, errors, and a waiter served by STORE. */
class JedisSortTest extends SharedServerTest {

    private static final String[] KEYS = {"js:l", "js:s", "js:z", "js:d", "js:w_1", "js:w_2", "js:w_3",
        "js:n_1", "js:n_3", "js:h_2", "js:q", "js:str"};

    private Jedis jedis;

    @BeforeEach
    void connect() {
        jedis = new Jedis("127.0.0.1", port, 10_000);
        jedis.del(KEYS);
    }

    @AfterEach
    void disconnect() {
        jedis.del(KEYS);
        jedis.close();
    }

    @Test
    void everyOption() {
        jedis.rpush("js:l", "3", "1", "2");
        jedis.mset("js:w_1", "30", "js:w_2", "10", "js:w_3", "20", "js:n_1", "one", "js:n_3", "three");
        jedis.hset("js:h_2", "f", "two");
        assertThat(jedis.sort("js:l")).containsExactly("1", "2", "3");
        assertThat(jedis.sort("js:l", new SortingParams().desc().limit(0, 2))).containsExactly("3", "2");
        assertThat(jedis.sort("js:l", new SortingParams().alpha().desc())).containsExactly("3", "2", "1");
        assertThat(jedis.sort("js:l", new SortingParams().by("js:w_*"))).containsExactly("2", "3", "1");
        assertThat(jedis.sort("js:l", new SortingParams().nosort().desc())).containsExactly("2", "1", "3");
        assertThat(jedis.sort("js:l", new SortingParams().by("js:w_*").get("#", "js:n_*", "js:h_*->f")))
                .containsExactly("2", null, "two", "3", "three", null, "1", "one", null);
        assertThat(jedis.sortReadonly("js:l", new SortingParams().limit(1, 5).asc())).containsExactly("2", "3");
        assertThat(jedis.sort("js:l", new SortingParams().get("js:n_*"), "js:d")).isEqualTo(3);
        assertThat(jedis.lrange("js:d", 0, -1)).containsExactly("one", "", "three");
        assertThat(jedis.sort("js:l", "js:d")).isEqualTo(3);
        assertThat(jedis.lrange("js:d", 0, -1)).containsExactly("1", "2", "3");
        assertThat(jedis.sort("js:missing", "js:d")).isZero();
        assertThat(jedis.exists("js:d")).isFalse();
    }

    @Test
    void setsAndSortedSets() {
        jedis.sadd("js:s", "b", "c", "a");
        jedis.zadd("js:z", 1, "z");
        jedis.zadd("js:z", 2, "y");
        assertThat(jedis.sort("js:s", new SortingParams().alpha())).containsExactly("a", "b", "c");
        assertThat(jedis.sort("js:s", new SortingParams().nosort().desc(), "js:d")).isEqualTo(3);
        assertThat(jedis.lrange("js:d", 0, -1)).containsExactly("c", "b", "a");
        assertThat(jedis.sort("js:z", new SortingParams().nosort())).containsExactly("z", "y");
        assertThat(jedis.sort("js:z", new SortingParams().alpha())).containsExactly("y", "z");
        assertThat(jedis.objectEncoding("js:z")).isEqualTo("skiplist");
    }

    @Test
    void binaryElements() {
        byte[] nul = {'a', 0, 'b'};
        byte[] high = {(byte) 0xff};
        jedis.rpush("js:l".getBytes(), high, nul);
        List<byte[]> sorted = jedis.sort("js:l".getBytes(), new SortingParams().alpha());
        assertThat(sorted).hasSize(2);
        assertThat(Arrays.equals(sorted.get(0), nul)).isTrue();
        assertThat(Arrays.equals(sorted.get(1), high)).isTrue();
    }

    @Test
    void errorsAreRedisErrors() {
        jedis.rpush("js:l", "1", "x");
        jedis.set("js:str", "v");
        assertThatThrownBy(() -> jedis.sort("js:l"))
                .isInstanceOf(JedisDataException.class).hasMessage("ERR One or more scores can't be converted into double");
        assertThatThrownBy(() -> jedis.sort("js:str"))
                .isInstanceOf(JedisDataException.class).hasMessageStartingWith("WRONGTYPE");
        assertThatThrownBy(() -> jedis.sendCommand(() -> "SORT".getBytes(), "js:l", "BOGUS"))
                .isInstanceOf(JedisDataException.class).hasMessage("ERR syntax error");
    }

    @Test
    void storingServesAClientBlockedOnTheDestination() throws Exception {
        jedis.rpush("js:l", "2", "1");
        try (Jedis waiter = new Jedis("127.0.0.1", port, 10_000)) {
            CompletableFuture<List<String>> popped = CompletableFuture.supplyAsync(() -> waiter.blpop(0, "js:q"));
            // The waiter is blocked once the server counts it; only then is the list stored.
            while (!jedis.info("clients").contains("blocked_clients:1")) {
                Thread.onSpinWait();
            }
            assertThat(jedis.sort("js:l", "js:q")).isEqualTo(2);
            assertThat(popped.get(10, TimeUnit.SECONDS)).containsExactly("js:q", "1");
        }
        assertThat(jedis.lrange("js:q", 0, -1)).containsExactly("2");
    }
}
