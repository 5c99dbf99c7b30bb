package dev.cinnabar.command.transaction;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionTest {

    private final CommandHarness redis = new CommandHarness();
    private final CommandHarness.Client other = redis.newClient();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void queuedCommandsRunTogetherAtExec() {
        assertThat(redis.exec("MULTI")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("INCR", "n")).isEqualTo("+QUEUED\r\n");
        // Another client sees nothing of the queued commands until EXEC.
        assertThat(other.exec("GET", "n")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("INCR", "n")).isEqualTo("+QUEUED\r\n");
        assertThat(redis.exec("EXEC")).isEqualTo("*2\r\n:1\r\n:2\r\n");
        assertThat(other.exec("GET", "n")).isEqualTo("$1\r\n2\r\n");
    }

    @Test
    void aWriteByAnotherClientToAWatchedKeyAbortsExec() {
        redis.exec("SET", "balance", "10");
        redis.exec("WATCH", "balance");
        assertThat(other.exec("INCRBY", "balance", "5")).isEqualTo(":15\r\n");
        redis.exec("MULTI");
        redis.exec("DECRBY", "balance", "10");
        assertThat(redis.exec("EXEC")).isEqualTo("*-1\r\n");
        assertThat(redis.exec("GET", "balance")).isEqualTo("$2\r\n15\r\n");
    }

    @Test
    void writesToOtherKeysOrOtherDatabasesDoNotAbort() {
        redis.exec("WATCH", "k");
        other.exec("SET", "unrelated", "1");
        other.exec("SELECT", "1");
        other.exec("SET", "k", "in db 1");
        redis.exec("MULTI");
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("EXEC")).isEqualTo("*1\r\n+OK\r\n");
    }

    @Test
    void anotherClientsTransactionTouchingTheKeyAborts() {
        redis.exec("WATCH", "k");
        other.exec("MULTI");
        other.exec("SET", "k", "theirs");
        assertThat(other.exec("EXEC")).isEqualTo("*1\r\n+OK\r\n");
        redis.exec("MULTI");
        redis.exec("SET", "k", "mine");
        assertThat(redis.exec("EXEC")).isEqualTo("*-1\r\n");
        assertThat(redis.exec("GET", "k")).isEqualTo("$6\r\ntheirs\r\n");
    }

    @Test
    void swapdbAndMoveIntoTheWatchedDatabaseAbort() {
        redis.exec("WATCH", "k");
        other.exec("SELECT", "1");
        other.exec("SET", "k", "v");
        other.exec("SWAPDB", "0", "1");
        redis.exec("MULTI");
        assertThat(redis.exec("EXEC")).isEqualTo("*-1\r\n");

        redis.exec("SELECT", "2");
        redis.exec("WATCH", "m");
        other.exec("SET", "m", "v");
        other.exec("MOVE", "m", "2");
        redis.exec("MULTI");
        assertThat(redis.exec("EXEC")).isEqualTo("*-1\r\n");
    }

    @Test
    void clientListShowsTheTransaction() {
        redis.exec("MULTI");
        redis.exec("PING");
        redis.exec("PING");
        assertThat(other.exec("CLIENT", "LIST")).contains("flags=x db=0 sub=0 psub=0 ssub=0 multi=2 ");
        redis.exec("DISCARD");
        assertThat(other.exec("CLIENT", "LIST")).doesNotContain("flags=x");
    }

    @Test
    void queuedCommandsAreCountedWhenTheyRun() {
        redis.exec("MULTI");
        redis.exec("SET", "a", "1");
        redis.exec("GET");
        redis.exec("EXEC");
        redis.exec("MULTI");
        redis.exec("SET", "a", "1");
        redis.exec("EXEC");
        String stats = redis.exec("INFO", "commandstats");
        assertThat(stats).contains("cmdstat_set:calls=1,");
        assertThat(stats).contains("cmdstat_get:calls=0,").contains("rejected_calls=1");
        // The aborted EXEC counts as a failed call, as in Redis.
        assertThat(stats).contains("cmdstat_exec:calls=2,").contains("failed_calls=1").contains("cmdstat_multi:calls=2,");
        assertThat(redis.exec("INFO", "errorstats")).contains("errorstat_EXECABORT:count=1");
    }
}
