package dev.cinnabar.command.sort;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SORT ... STORE and clients blocked on its destination, as in Redis 7.0, whose setKey signals only a new key. */
class SortStoreBlockingTest {

    private final CommandHarness redis = new CommandHarness();
    private final CommandHarness.Client waiter = redis.newClient();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void storingANewListServesAClientBlockedOnIt() {
        redis.exec("RPUSH", "src", "3", "1", "2");
        assertThat(waiter.exec("BLPOP", "dst", "0")).isEmpty();
        assertThat(redis.exec("SORT", "src", "STORE", "dst")).isEqualTo(":3\r\n");
        assertThat(waiter.takeLater()).isEqualTo("*2\r\n$3\r\ndst\r\n$1\r\n1\r\n");
        assertThat(redis.exec("LRANGE", "dst", "0", "-1")).isEqualTo("*2\r\n$1\r\n2\r\n$1\r\n3\r\n");
    }

    @Test
    void overwritingAnExistingKeyDoesNotWakeTheWaiter() {
        redis.exec("RPUSH", "src", "1");
        assertThat(waiter.exec("BLPOP", "dst", "0")).isEmpty();
        redis.exec("SET", "dst", "text");
        assertThat(waiter.takeLater()).isEmpty();
        assertThat(redis.exec("SORT", "src", "STORE", "dst")).isEqualTo(":1\r\n");
        assertThat(waiter.takeLater()).isEmpty();
        assertThat(waiter.state().blocked()).isTrue();
        assertThat(redis.exec("LRANGE", "dst", "0", "-1")).isEqualTo("*1\r\n$1\r\n1\r\n");
    }
}
