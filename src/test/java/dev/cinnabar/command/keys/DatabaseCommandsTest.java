package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.keys.KeyTestSupport.OK;
import static dev.cinnabar.command.keys.KeyTestSupport.SYNTAX;
import static dev.cinnabar.command.keys.KeyTestSupport.bulk;
import static dev.cinnabar.command.keys.KeyTestSupport.error;
import static dev.cinnabar.command.keys.KeyTestSupport.integer;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseCommandsTest {

    private static final String OUT_OF_RANGE = error("ERR DB index is out of range");
    private static final String INVALID_FIRST = error("ERR invalid first DB index");
    private static final String INVALID_SECOND = error("ERR invalid second DB index");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void dbsizeCountsTheTableIncludingExpiredKeysNotYetDeleted() {
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(0));
        redis.exec("SET", "a", "1");
        redis.exec("SET", "b", "2", "PX", "10");
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(2));
        redis.clock().advance(11);
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(2));
        redis.exec("GET", "b");
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(1));
        assertThat(redis.exec("DBSIZE", "x")).isEqualTo(error("ERR wrong number of arguments for 'dbsize' command"));
    }

    @Test
    void flushdbEmptiesOnlyTheSelectedDatabase() {
        redis.exec("SET", "a", "1", "EX", "10");
        redis.client().db(1);
        redis.exec("SET", "b", "2");
        assertThat(redis.exec("FLUSHDB")).isEqualTo(OK);
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(0));
        redis.client().db(0);
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(1));
        assertThat(redis.exec("FLUSHDB", "ASYNC")).isEqualTo(OK);
        assertThat(redis.exec("FLUSHDB", "sync")).isEqualTo(OK);
        assertThat(redis.db().database(0).expiringCount()).isZero();
    }

    @Test
    void flushallEmptiesEveryDatabase() {
        for (int i = 0; i < 16; i++) {
            redis.client().db(i);
            redis.exec("SET", "k", "v");
        }
        assertThat(redis.exec("FLUSHALL")).isEqualTo(OK);
        for (int i = 0; i < 16; i++) {
            assertThat(redis.db().database(i).size()).isZero();
        }
        assertThat(redis.exec("FLUSHALL", "SYNC")).isEqualTo(OK);
        assertThat(redis.exec("FLUSHALL", "Async")).isEqualTo(OK);
    }

    @Test
    void flushModeErrors() {
        for (String command : new String[] {"FLUSHDB", "FLUSHALL"}) {
            assertThat(redis.exec(command, "foo")).isEqualTo(SYNTAX);
            assertThat(redis.exec(command, "async", "sync")).isEqualTo(SYNTAX);
            assertThat(redis.exec(command, "sync", "sync")).isEqualTo(SYNTAX);
        }
    }

    @Test
    void swapdbExchangesContentsWhileClientsKeepTheirIndex() {
        CommandHarness.Client other = redis.newClient();
        other.state().db(1);
        redis.exec("SET", "a", "1", "EX", "100");
        assertThat(redis.exec("SWAPDB", "0", "1")).isEqualTo(OK);
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(0));
        assertThat(other.exec("GET", "a")).isEqualTo(bulk("1"));
        assertThat(other.exec("TTL", "a")).isEqualTo(integer(100));
        assertThat(redis.exec("SWAPDB", "1", "0")).isEqualTo(OK);
        assertThat(redis.exec("GET", "a")).isEqualTo(bulk("1"));
        assertThat(redis.exec("SWAPDB", "5", "5")).isEqualTo(OK);
        assertThat(redis.exec("GET", "a")).isEqualTo(bulk("1"));
    }

    @Test
    void swapdbErrors() {
        assertThat(redis.exec("SWAPDB", "x", "1")).isEqualTo(INVALID_FIRST);
        assertThat(redis.exec("SWAPDB", "1", "x")).isEqualTo(INVALID_SECOND);
        assertThat(redis.exec("SWAPDB", "x", "y")).isEqualTo(INVALID_FIRST);
        assertThat(redis.exec("SWAPDB", "2147483648", "0")).isEqualTo(INVALID_FIRST);
        assertThat(redis.exec("SWAPDB", "0", "1.5")).isEqualTo(INVALID_SECOND);
        assertThat(redis.exec("SWAPDB", "16", "x")).isEqualTo(INVALID_SECOND);
        assertThat(redis.exec("SWAPDB", "0", "16")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("SWAPDB", "-1", "0")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("SWAPDB", "0")).isEqualTo(error("ERR wrong number of arguments for 'swapdb' command"));
    }
}
