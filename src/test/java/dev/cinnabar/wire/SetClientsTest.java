package dev.cinnabar.wire;

import io.lettuce.core.ScanArgs;
import io.lettuce.core.ValueScanCursor;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The set commands through Lettuce (RESP3, where member lists are sets) and Jedis (RESP2). */
class SetClientsTest extends ClientsTest {

    @Test
    void lettuceReadsMembersAsSets() {
        assertThat(lettuce.sadd("lset:a", "1", "2", "3", "x")).isEqualTo(4);
        assertThat(lettuce.sadd("lset:b", "2", "3", "4")).isEqualTo(3);
        assertThat(lettuce.smembers("lset:a")).containsExactlyInAnyOrder("1", "2", "3", "x");
        assertThat(lettuce.sismember("lset:a", "x")).isTrue();
        assertThat(lettuce.smismember("lset:a", "1", "9")).containsExactly(true, false);
        assertThat(lettuce.scard("lset:a")).isEqualTo(4);
        assertThat(lettuce.sinter("lset:a", "lset:b")).containsExactlyInAnyOrder("2", "3");
        assertThat(lettuce.sintercard(1, "lset:a", "lset:b")).isEqualTo(1);
        assertThat(lettuce.sunion("lset:a", "lset:b")).containsExactlyInAnyOrder("1", "2", "3", "4", "x");
        assertThat(lettuce.sdiff("lset:a", "lset:b")).containsExactlyInAnyOrder("1", "x");
        assertThat(lettuce.sdiffstore("lset:d", "lset:a", "lset:b")).isEqualTo(2);
        assertThat(lettuce.smove("lset:d", "lset:b", "1")).isTrue();
        assertThat(lettuce.srem("lset:d", "x", "nope")).isEqualTo(1);
        assertThat(lettuce.exists("lset:d")).isZero();
        assertThat(lettuce.srandmember("lset:b", -5)).hasSize(5);
        Set<String> popped = lettuce.spop("lset:b", 2);
        assertThat(popped).hasSize(2).isSubsetOf("1", "2", "3", "4");
        assertThat(lettuce.scard("lset:b")).isEqualTo(2);
        assertThat(lettuce.spop("lset:none")).isNull();
        assertThat(lettuce.smembers("lset:none")).isEmpty();
    }

    @Test
    void lettuceScansATableToTheEnd() {
        for (int i = 0; i < 300; i++) {
            lettuce.sadd("lset:big", "member:" + i);
        }
        Set<String> seen = new HashSet<>();
        ValueScanCursor<String> cursor = lettuce.sscan("lset:big", ScanArgs.Builder.limit(20));
        seen.addAll(cursor.getValues());
        while (!cursor.isFinished()) {
            cursor = lettuce.sscan("lset:big", cursor, ScanArgs.Builder.limit(20));
            seen.addAll(cursor.getValues());
        }
        assertThat(seen).hasSize(300);
    }

    @Test
    void jedisSpeaksSetsInResp2() {
        assertThat(jedis.sadd("jset:a", "3", "1", "2")).isEqualTo(3);
        assertThat(jedis.smembers("jset:a")).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(jedis.sinterstore("jset:i", "jset:a", "jset:a")).isEqualTo(3);
        assertThat(jedis.sunionstore("jset:u", "jset:a", "jset:none")).isEqualTo(3);
        assertThat(jedis.sinterstore("jset:u", "jset:a", "jset:none")).isZero();
        assertThat(jedis.exists("jset:u")).isFalse();
        List<String> picked = jedis.srandmember("jset:a", 2);
        assertThat(picked).hasSize(2).doesNotHaveDuplicates();
        assertThat(jedis.smismember("jset:a", "1", "4")).containsExactly(true, false);
        ScanResult<String> scan = jedis.sscan("jset:a", ScanParams.SCAN_POINTER_START, new ScanParams().match("[12]"));
        assertThat(scan.getCursor()).isEqualTo("0");
        assertThat(scan.getResult()).containsExactly("1", "2");
        jedis.set("jset:str", "v");
        assertThatThrownBy(() -> jedis.sadd("jset:str", "x"))
                .isInstanceOf(JedisDataException.class)
                .hasMessage("WRONGTYPE Operation against a key holding the wrong kind of value");
        assertThat(jedis.sintercard(1, "jset:a", "jset:i")).as("LIMIT 1").isEqualTo(1);
        assertThatThrownBy(() -> jedis.sendCommand(Protocol.Command.SINTERCARD, "0", "jset:a"))
                .isInstanceOf(JedisDataException.class)
                .hasMessage("ERR numkeys should be greater than 0");
    }
}
