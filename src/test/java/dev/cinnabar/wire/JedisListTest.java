package dev.cinnabar.wire;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.ListPosition;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.LPosParams;
import redis.clients.jedis.util.KeyValue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list commands through Jedis, which speaks RESP2. */
class JedisListTest extends SharedServerTest {

    private Jedis jedis;

    @BeforeEach
    void connect() {
        jedis = new Jedis("127.0.0.1", port, 10_000);
        jedis.del("jl:a", "jl:b", "jl:s");
    }

    @AfterEach
    void disconnect() {
        jedis.close();
    }

    @Test
    void everyCommandOnce() {
        assertThat(jedis.rpush("jl:a", "1", "2", "3")).isEqualTo(3);
        assertThat(jedis.lpush("jl:a", "0")).isEqualTo(4);
        assertThat(jedis.rpushx("jl:none", "x")).isZero();
        assertThat(jedis.lrange("jl:a", 1, 2)).containsExactly("1", "2");
        assertThat(jedis.linsert("jl:a", ListPosition.AFTER, "3", "4")).isEqualTo(5);
        assertThat(jedis.lset("jl:a", 0, "zero")).isEqualTo("OK");
        assertThat(jedis.lindex("jl:a", 0)).isEqualTo("zero");
        assertThat(jedis.lpos("jl:a", "2")).isEqualTo(2);
        assertThat(jedis.lpos("jl:a", "2", LPosParams.lPosParams().rank(-1), 0)).containsExactly(2L);
        assertThat(jedis.lrem("jl:a", 1, "1")).isEqualTo(1);
        assertThat(jedis.ltrim("jl:a", 0, 2)).isEqualTo("OK");
        assertThat(jedis.lmove("jl:a", "jl:b", ListDirection.RIGHT, ListDirection.LEFT)).isEqualTo("3");
        assertThat(jedis.rpoplpush("jl:a", "jl:b")).isEqualTo("2");
        KeyValue<String, List<String>> popped = jedis.lmpop(ListDirection.LEFT, 5, "jl:none", "jl:b");
        assertThat(popped.getKey()).isEqualTo("jl:b");
        assertThat(popped.getValue()).containsExactly("2", "3");
        assertThat(jedis.lmpop(ListDirection.LEFT, "jl:b")).isNull();
        assertThat(jedis.rpop("jl:a", 3)).containsExactly("zero");
        assertThat(jedis.lpop("jl:a")).isNull();
        assertThat(jedis.lpop("jl:a", 2)).isNull();
        assertThat(jedis.llen("jl:a")).isZero();
    }

    @Test
    void errorsAreRedisErrors() {
        jedis.set("jl:s", "v");
        assertThatThrownBy(() -> jedis.lpush("jl:s", "a")).isInstanceOf(JedisDataException.class)
                .hasMessageStartingWith("WRONGTYPE");
        assertThatThrownBy(() -> jedis.lset("jl:none", 0, "a")).hasMessage("ERR no such key");
        jedis.rpush("jl:a", "x");
        assertThatThrownBy(() -> jedis.lpos("jl:a", "x", LPosParams.lPosParams().rank(0)))
                .hasMessageStartingWith("ERR RANK can't be zero");
        assertThatThrownBy(() -> jedis.lpop("jl:a", -1)).hasMessage("ERR value is out of range, must be positive");
    }
}
