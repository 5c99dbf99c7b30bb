package dev.cinnabar.management;

import dev.cinnabar.keyspace.Db;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.SetParams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commands through Jedis, then one scrape of {@code /actuator/prometheus} over HTTP: the key counts per
 * database, the counts and latency histograms of exactly the commands sent, hits and misses, expired keys.
 */
class PrometheusScrapeTest {

    private static ManagedServer server;
    private static Scrape scrape;

    @BeforeAll
    static void runCommandsThenScrape() throws Exception {
        server = new ManagedServer();
        try (Jedis jedis = server.jedis()) {
            jedis.set("a", "1");
            jedis.set("b", "two", SetParams.setParams().ex(100));
            jedis.set("short", "lived", SetParams.setParams().px(100));
            assertThat(jedis.get("a")).isEqualTo("1");
            assertThat(jedis.get("missing")).isNull();
            assertThat(jedis.incr("a")).isEqualTo(2);
            assertThatThrownBy(() -> jedis.incr("b")).hasMessageContaining("not an integer");
            assertThatThrownBy(() -> jedis.sendCommand(Protocol.Command.SET, "only-a-key"))
                    .isInstanceOf(JedisDataException.class).hasMessageContaining("wrong number of arguments");
            server.clock().advance(200);
            assertThat(jedis.get("short")).isNull();
        }
        // Another database, filled directly: only db0 is reachable without SELECT.
        Db db = server.bean(Db.class);
        db.lock();
        try {
            db.database(3).insert("other".getBytes(StandardCharsets.UTF_8), "x".getBytes(StandardCharsets.UTF_8));
        } finally {
            db.unlock();
        }
        scrape = server.scrape();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void keyCountsPerDatabase() {
        assertThat(scrape.value("redis_db_keys", "db=\"db0\"")).isEqualTo(2.0);
        assertThat(scrape.value("redis_db_keys_expiring", "db=\"db0\"")).isEqualTo(1.0);
        assertThat(scrape.value("redis_db_keys", "db=\"db3\"")).isEqualTo(1.0);
        assertThat(scrape.value("redis_db_keys_expiring", "db=\"db3\"")).isEqualTo(0.0);
        assertThat(scrape.value("redis_db_keys", "db=\"db15\"")).isEqualTo(0.0);
        assertThat(scrape.labelValues("redis_db_keys", "db")).hasSize(16);
    }

    @Test
    void countsOfExactlyTheCommandsSent() {
        assertThat(scrape.labelValues("redis_commands_total", "cmd")).containsExactly("get", "incr", "set");
        assertThat(scrape.value("redis_commands_total", "cmd=\"set\"")).isEqualTo(3.0);
        assertThat(scrape.value("redis_commands_total", "cmd=\"get\"")).isEqualTo(3.0);
        assertThat(scrape.value("redis_commands_total", "cmd=\"incr\"")).isEqualTo(2.0);
        assertThat(scrape.value("redis_commands_failed_calls_total", "cmd=\"incr\"")).isEqualTo(1.0);
        assertThat(scrape.value("redis_commands_failed_calls_total", "cmd=\"get\"")).isEqualTo(0.0);
        assertThat(scrape.value("redis_commands_rejected_calls_total", "cmd=\"set\"")).isEqualTo(1.0);
        assertThat(scrape.value("redis_commands_rejected_calls_total", "cmd=\"get\"")).isEqualTo(0.0);
        assertThat(scrape.value("redis_commands_processed_total")).isEqualTo(9.0);
    }

    @Test
    void latencyHistogramOfEachCommandSent() {
        assertThat(scrape.labelValues("redis_commands_duration_seconds_count", "cmd")).containsExactly("get", "incr", "set");
        for (Map.Entry<String, Double> expected : Map.of("get", 3.0, "set", 3.0, "incr", 2.0).entrySet()) {
            String cmd = "cmd=\"" + expected.getKey() + "\"";
            List<Map.Entry<Double, Double>> buckets = scrape.buckets("redis_commands_duration_seconds", cmd);
            assertThat(buckets).hasSize(23);
            assertThat(buckets.get(0).getKey()).isEqualTo(1e-6);
            assertThat(buckets.get(22).getKey()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(buckets.get(22).getValue()).isEqualTo(expected.getValue());
            for (int i = 1; i < buckets.size(); i++) {
                assertThat(buckets.get(i).getValue()).isGreaterThanOrEqualTo(buckets.get(i - 1).getValue());
            }
            assertThat(scrape.value("redis_commands_duration_seconds_count", cmd)).isEqualTo(expected.getValue());
            assertThat(scrape.value("redis_commands_duration_seconds_sum", cmd)).isPositive();
        }
    }

    @Test
    void keyspaceHitsMissesAndExpiredKeys() {
        // GET a hits; GET missing misses; GET short finds it expired, deletes it and misses.
        assertThat(scrape.value("redis_keyspace_hits_total")).isEqualTo(1.0);
        assertThat(scrape.value("redis_keyspace_misses_total")).isEqualTo(2.0);
        assertThat(scrape.value("redis_expired_keys_total")).isEqualTo(1.0);
        assertThat(scrape.value("redis_evicted_keys_total")).isEqualTo(0.0);
    }

    @Test
    void connectionTrafficMemoryAndUptime() {
        assertThat(scrape.value("redis_connections_received_total")).isEqualTo(1.0);
        assertThat(scrape.value("redis_rejected_connections_total")).isEqualTo(0.0);
        assertThat(scrape.value("redis_connected_clients")).isEqualTo(0.0);
        assertThat(scrape.value("redis_blocked_clients")).isEqualTo(0.0);
        assertThat(scrape.value("redis_net_input_bytes_total")).isPositive();
        assertThat(scrape.value("redis_net_output_bytes_total")).isPositive();
        assertThat(scrape.value("redis_memory_used_bytes")).isPositive();
        // The fake clock moved 200 ms since start.
        assertThat(scrape.value("redis_uptime_in_seconds")).isEqualTo(0.0);
        assertThat(scrape.series().keySet()).anyMatch(name -> name.startsWith("jvm_memory_used_bytes"));
        assertThat(scrape.series().keySet()).anyMatch(name -> name.startsWith("process_cpu_usage"));
    }
}
