package dev.cinnabar.wire;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.SetParams;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jedis, speaking RESP2. */
class JedisTest extends SharedServerTest {

    private Jedis jedis;

    @BeforeEach
    void connect() {
        jedis = new Jedis("127.0.0.1", port, 10_000);
    }

    @AfterEach
    void disconnect() {
        jedis.close();
    }

    @Test
    void pingSetGet() {
        assertThat(jedis.ping()).isEqualTo("PONG");
        assertThat(jedis.set("jedis:k", "v")).isEqualTo("OK");
        assertThat(jedis.get("jedis:k")).isEqualTo("v");
        assertThat(jedis.get("jedis:missing")).isNull();
        assertThat(jedis.set("jedis:k", "w", SetParams.setParams().xx())).isEqualTo("OK");
        assertThat(jedis.set("jedis:missing", "w", SetParams.setParams().xx())).isNull();
        assertThat(jedis.get("jedis:k")).isEqualTo("w");
    }

    @Test
    void binaryValuesRoundTrip() {
        byte[] key = {'j', 0, '\r', '\n'};
        byte[] value = new byte[70_000];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        assertThat(jedis.set(key, value)).isEqualTo("OK");
        assertThat(jedis.get(key)).isEqualTo(value);
    }

    @Test
    void errorsReachTheClient() {
        assertThatThrownBy(() -> jedis.sendCommand(() -> "NOSUCHCOMMAND".getBytes(), "a"))
                .isInstanceOf(JedisDataException.class)
                .hasMessage("ERR unknown command 'NOSUCHCOMMAND', with args beginning with: 'a' ");
        assertThat(jedis.ping()).isEqualTo("PONG");
    }

    @Test
    void pipelineOfThousandsAnswersInOrder() {
        Pipeline pipeline = jedis.pipelined();
        List<Response<String>> gets = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            pipeline.set("jedis:p:" + i, String.valueOf(i));
            gets.add(pipeline.get("jedis:p:" + i));
        }
        pipeline.sync();
        for (int i = 0; i < gets.size(); i++) {
            assertThat(gets.get(i).get()).isEqualTo(String.valueOf(i));
        }
    }

    @Test
    void countersAndKeyCommands() {
        jedis.set("jedis:n", "41");
        assertThat(jedis.incr("jedis:n")).isEqualTo(42);
        assertThat(jedis.append("jedis:n", "0")).isEqualTo(3);
        assertThat(jedis.strlen("jedis:n")).isEqualTo(3);
        assertThat(jedis.exists("jedis:n")).isTrue();
        assertThat(jedis.del("jedis:n")).isEqualTo(1);
        assertThat(jedis.exists("jedis:n")).isFalse();
    }
}
