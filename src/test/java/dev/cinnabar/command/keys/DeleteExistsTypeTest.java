package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.keys.KeyTestSupport.NULL;
import static dev.cinnabar.command.keys.KeyTestSupport.bulk;
import static dev.cinnabar.command.keys.KeyTestSupport.error;
import static dev.cinnabar.command.keys.KeyTestSupport.integer;
import static org.assertj.core.api.Assertions.assertThat;

class DeleteExistsTypeTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void delAndUnlinkCountTheKeysThatExisted() {
        redis.exec("SET", "a", "1");
        redis.exec("SET", "b", "2");
        redis.exec("SET", "c", "3");
        assertThat(redis.exec("DEL", "a", "nokey", "a")).isEqualTo(integer(1));
        assertThat(redis.exec("GET", "a")).isEqualTo(NULL);
        assertThat(redis.exec("UNLINK", "b", "c", "nokey")).isEqualTo(integer(2));
        assertThat(redis.exec("DEL", "nokey")).isEqualTo(integer(0));
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(0));
        assertThat(redis.exec("DEL")).isEqualTo(error("ERR wrong number of arguments for 'del' command"));
        assertThat(redis.exec("UNLINK")).isEqualTo(error("ERR wrong number of arguments for 'unlink' command"));
    }

    @Test
    void anExpiredKeyIsNotDeletedAgainButCountsAsExpired() {
        redis.exec("SET", "k", "v", "PX", "10");
        redis.clock().advance(11);
        assertThat(redis.exec("DEL", "k")).isEqualTo(integer(0));
        assertThat(redis.db().expiredKeys()).isEqualTo(1);
    }

    @Test
    void existsCountsEveryArgumentIncludingRepeats() {
        redis.exec("SET", "a", "1");
        assertThat(redis.exec("EXISTS", "a")).isEqualTo(integer(1));
        assertThat(redis.exec("EXISTS", "a", "a", "a", "nokey")).isEqualTo(integer(3));
        assertThat(redis.exec("EXISTS", "nokey")).isEqualTo(integer(0));
        assertThat(redis.db().keyspaceHits()).isEqualTo(4);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(2);
    }

    @Test
    void existsAndTypeIgnoreExpiredKeys() {
        redis.exec("SET", "k", "v", "PX", "10");
        redis.clock().advance(10);
        assertThat(redis.exec("EXISTS", "k")).isEqualTo(integer(1));
        assertThat(redis.exec("TYPE", "k")).isEqualTo("+string\r\n");
        redis.clock().advance(1);
        assertThat(redis.exec("EXISTS", "k")).isEqualTo(integer(0));
        assertThat(redis.exec("TYPE", "k")).isEqualTo("+none\r\n");
    }

    @Test
    void typeNamesTheValue() {
        redis.exec("SET", "s", "v");
        redis.db().database(0).insert("raw".getBytes(), new dev.cinnabar.keyspace.RawString("ab".getBytes(), 8));
        assertThat(redis.exec("TYPE", "s")).isEqualTo("+string\r\n");
        assertThat(redis.exec("TYPE", "raw")).isEqualTo("+string\r\n");
        assertThat(redis.exec("TYPE", "nokey")).isEqualTo("+none\r\n");
        assertThat(redis.exec("TYPE", "a", "b")).isEqualTo(error("ERR wrong number of arguments for 'type' command"));
    }

    @Test
    void touchCountsExistingKeysAndResetsTheirIdleTime() {
        redis.exec("SET", "a", "1");
        redis.clock().advance(5_000);
        assertThat(redis.exec("OBJECT", "IDLETIME", "a")).isEqualTo(integer(5));
        assertThat(redis.exec("TOUCH", "a", "nokey", "a")).isEqualTo(integer(2));
        assertThat(redis.exec("OBJECT", "IDLETIME", "a")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "a")).isEqualTo(bulk("1"));
    }
}
