package dev.cinnabar.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandHarnessTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void setWithTtlExpiresWhenTheClockPassesTheDeadline() {
        assertThat(redis.exec("SET", "k", "v", "PX", "100")).isEqualTo("+OK\r\n");
        redis.clock().advance(100);
        assertThat(redis.exec("GET", "k")).isEqualTo("$1\r\nv\r\n");
        redis.clock().advance(1);
        assertThat(redis.exec("GET", "k")).isEqualTo("$-1\r\n");
        assertThat(redis.db().expiredKeys()).isEqualTo(1);
    }

    @Test
    void arityAndUnknownCommandErrors() {
        assertThat(redis.exec("GET")).isEqualTo("-ERR wrong number of arguments for 'get' command\r\n");
        assertThat(redis.exec("NOPE", "a")).isEqualTo("-ERR unknown command 'NOPE', with args beginning with: 'a' \r\n");
    }

    @Test
    void setOptionsFollowRedisRules() {
        assertThat(redis.exec("SET", "k", "v", "NX", "XX")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("SET", "k", "v", "EX", "0")).isEqualTo("-ERR invalid expire time in 'set' command\r\n");
        assertThat(redis.exec("SET", "k", "v", "EX", "x")).isEqualTo("-ERR value is not an integer or out of range\r\n");
        assertThat(redis.exec("SET", "k", "v", "NX", "GET")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("SET", "k", "w", "NX", "GET")).isEqualTo("$1\r\nv\r\n");
        assertThat(redis.exec("GET", "k")).isEqualTo("$1\r\nv\r\n");
        assertThat(redis.exec("SET", "k", "w", "XX")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("SET", "absent", "w", "XX")).isEqualTo("$-1\r\n");
    }
}
