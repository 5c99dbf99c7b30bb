package dev.cinnabar.wire;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.exceptions.JedisDataException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands from many connections at once are atomic with respect to each other. */
class ConcurrencyTest extends SharedServerTest {

    private static final int TIMEOUT_MS = 30_000;

    private Jedis jedis() {
        return new Jedis("127.0.0.1", port, TIMEOUT_MS);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyClientsIncrementingOneKeyLoseNoIncrement() throws Exception {
        try (Jedis jedis = jedis()) {
            jedis.del("conc:counter");
        }
        List<Callable<Void>> clients = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            clients.add(() -> {
                try (Jedis jedis = jedis()) {
                    for (int batch = 0; batch < 10; batch++) {
                        Pipeline pipeline = jedis.pipelined();
                        for (int i = 0; i < 1000; i++) {
                            pipeline.incr("conc:counter");
                        }
                        pipeline.sync();
                    }
                }
                return null;
            });
        }
        runAll(clients);
        try (Jedis jedis = jedis()) {
            assertThat(jedis.get("conc:counter")).isEqualTo("500000");
        }
    }

    @Test
    void msetIsNeverSeenHalfApplied() throws Exception {
        try (Jedis jedis = jedis()) {
            jedis.mset("conc:a", "0", "conc:b", "0", "conc:c", "0");
        }
        AtomicBoolean done = new AtomicBoolean();
        Callable<Integer> writer = () -> {
            try (Jedis jedis = jedis()) {
                for (int i = 1; i <= 5000; i++) {
                    String v = String.valueOf(i);
                    jedis.mset("conc:a", v, "conc:b", v, "conc:c", v);
                }
            } finally {
                done.set(true);
            }
            return 0;
        };
        Callable<Integer> reader = () -> {
            int reads = 0;
            try (Jedis jedis = jedis()) {
                while (!done.get()) {
                    List<String> values = jedis.mget("conc:a", "conc:b", "conc:c");
                    assertThat(values).as("MGET during MSET").containsOnly(values.get(0));
                    reads++;
                }
            }
            return reads;
        };
        List<Integer> results = runAll(List.of(writer, reader, reader));
        assertThat(results.get(1) + results.get(2)).isPositive();
    }

    @Test
    void concurrentRenamesNeverLoseTheKey() throws Exception {
        try (Jedis jedis = jedis()) {
            jedis.del("conc:left", "conc:right");
            jedis.set("conc:left", "payload");
        }
        List<Callable<Integer>> renamers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String from = t % 2 == 0 ? "conc:left" : "conc:right";
            String to = t % 2 == 0 ? "conc:right" : "conc:left";
            renamers.add(() -> {
                int moved = 0;
                try (Jedis jedis = jedis()) {
                    for (int i = 0; i < 3000; i++) {
                        try {
                            jedis.rename(from, to);
                            moved++;
                        } catch (JedisDataException e) {
                            assertThat(e.getMessage()).isEqualTo("ERR no such key");
                        }
                    }
                }
                return moved;
            });
        }
        List<Integer> moved = runAll(renamers);
        assertThat(moved.stream().mapToInt(Integer::intValue).sum()).isPositive();
        try (Jedis jedis = jedis()) {
            String left = jedis.get("conc:left");
            String right = jedis.get("conc:right");
            assertThat(left == null ? right : left).isEqualTo("payload");
            assertThat(left == null || right == null).as("exactly one of the two names holds the key").isTrue();
        }
    }
}
