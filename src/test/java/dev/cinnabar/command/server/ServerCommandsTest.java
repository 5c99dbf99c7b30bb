package dev.cinnabar.command.server;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void timeReadsTheClock() {
        redis.clock().advance(1_234);
        long seconds = (CommandHarness.START + 1_234) / 1000;
        assertThat(redis.exec("TIME")).isEqualTo("*2\r\n$10\r\n" + seconds + "\r\n$6\r\n234000\r\n");
    }

    @Test
    void lastSaveIsTheStartTime() {
        redis.clock().advance(60_000);
        assertThat(redis.exec("LASTSAVE")).isEqualTo(":" + CommandHarness.START / 1000 + "\r\n");
    }

    @Test
    void debugSleepAndHelp() {
        assertThat(redis.exec("DEBUG", "SLEEP", "0")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("DEBUG", "sleep", "abc")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("DEBUG", "SLEEP")).isEqualTo(
                "-ERR unknown subcommand or wrong number of arguments for 'SLEEP'. Try DEBUG HELP.\r\n");
        assertThat(redis.exec("debug", "object", "k")).isEqualTo(
                "-ERR unknown subcommand or wrong number of arguments for 'object'. Try DEBUG HELP.\r\n");
        assertThat(redis.exec("DEBUG", "HELP")).contains("+SLEEP <seconds>\r\n");
    }

    @Test
    void shutdownArgumentErrors() {
        assertThat(redis.exec("SHUTDOWN", "ABORT")).isEqualTo("-ERR No shutdown in progress.\r\n");
        assertThat(redis.exec("SHUTDOWN", "foo")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("SHUTDOWN", "SAVE", "NOSAVE")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("SHUTDOWN", "ABORT", "NOW")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.client().closingAfterReply()).isFalse();
    }

    @Test
    void shutdownClosesTheConnectionAndTheApplication() throws InterruptedException {
        assertThat(redis.exec("SHUTDOWN", "NOSAVE", "NOW")).isEmpty();
        assertThat(redis.client().closingAfterReply()).isTrue();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (contextIsOpen() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(contextIsOpen()).isFalse();
    }

    private boolean contextIsOpen() {
        try {
            redis.bean(Settings.class);
            return true;
        } catch (IllegalStateException closed) {
            return false;
        }
    }
}
