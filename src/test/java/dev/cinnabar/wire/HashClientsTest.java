package dev.cinnabar.wire;

import io.lettuce.core.KeyValue;
import io.lettuce.core.MapScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hash commands through Lettuce (RESP3, after HELLO 3) and Jedis (RESP2), reading replies as clients do. */
class HashClientsTest extends ClientsTest {

    @Test
    void lettuceReadsMapsAndPairs() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("a", "1");
        fields.put("b", "2");
        assertThat(lettuce.hset("lettuce:h", fields)).isEqualTo(2);
        assertThat(lettuce.hset("lettuce:h", "c", "3")).isTrue();
        assertThat(lettuce.hsetnx("lettuce:h", "c", "4")).isFalse();
        assertThat(lettuce.hgetall("lettuce:h")).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
        assertThat(lettuce.hmget("lettuce:h", "a", "x")).containsExactly(KeyValue.just("a", "1"), KeyValue.empty("x"));
        assertThat(lettuce.hkeys("lettuce:h")).containsExactly("a", "b", "c");
        assertThat(lettuce.hvals("lettuce:h")).containsExactly("1", "2", "3");
        assertThat(lettuce.hincrby("lettuce:h", "a", 10)).isEqualTo(11);
        assertThat(lettuce.hincrbyfloat("lettuce:h", "b", 0.5)).isEqualTo(2.5);
        assertThat(lettuce.hstrlen("lettuce:h", "b")).isEqualTo(3);
        assertThat(lettuce.hexists("lettuce:h", "c")).isTrue();
        assertThat(lettuce.hlen("lettuce:h")).isEqualTo(3);
        List<KeyValue<String, String>> pairs = lettuce.hrandfieldWithvalues("lettuce:h", -5);
        assertThat(pairs).hasSize(5).allMatch(kv -> kv.getValue().equals(lettuce.hget("lettuce:h", kv.getKey())));
        assertThat(lettuce.hrandfield("lettuce:h", 10)).containsExactly("a", "b", "c");
        MapScanCursor<String, String> scan = lettuce.hscan("lettuce:h", ScanCursor.INITIAL, ScanArgs.Builder.matches("[ab]"));
        assertThat(scan.isFinished()).isTrue();
        assertThat(scan.getMap()).containsOnly(Map.entry("a", "11"), Map.entry("b", "2.5"));
        assertThat(lettuce.hdel("lettuce:h", "a", "b", "c")).isEqualTo(3);
        assertThat(lettuce.exists("lettuce:h")).isZero();
        assertThat(lettuce.hgetall("lettuce:h")).isEmpty();
    }

    @Test
    void jedisScansALargeHashToTheEnd() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            fields.put("f" + i, "v" + i);
        }
        assertThat(jedis.hset("jedis:big", fields)).isEqualTo(2000);
        assertThat(jedis.objectEncoding("jedis:big")).isEqualTo("hashtable");
        Map<String, String> seen = new HashMap<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<Map.Entry<String, String>> batch = jedis.hscan("jedis:big", cursor, new ScanParams().count(50));
            batch.getResult().forEach(e -> seen.put(e.getKey(), e.getValue()));
            cursor = batch.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        assertThat(seen).isEqualTo(fields);
        assertThat(jedis.hgetAll("jedis:big")).isEqualTo(fields);
        assertThat(jedis.hrandfieldWithValues("jedis:big", 25)).hasSize(25)
                .allMatch(e -> fields.get(e.getKey()).equals(e.getValue()));
        assertThat(jedis.hincrByFloat("jedis:big", "n", 1.5)).isEqualTo(1.5);
        assertThat(jedis.hincrBy("jedis:big", "i", -3)).isEqualTo(-3);
        assertThatThrownBy(() -> jedis.hincrBy("jedis:big", "f1", 1))
                .isInstanceOf(JedisDataException.class).hasMessage("ERR hash value is not an integer");
        jedis.set("jedis:string", "x");
        assertThatThrownBy(() -> jedis.hget("jedis:string", "f"))
                .isInstanceOf(JedisDataException.class).hasMessageStartingWith("WRONGTYPE");
    }
}
