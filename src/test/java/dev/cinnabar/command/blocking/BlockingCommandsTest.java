package dev.cinnabar.command.blocking;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clients blocked in BLPOP and friends, served by other clients' writes, on a clock the test moves. */
class BlockingCommandsTest {

    private final CommandHarness redis = new CommandHarness();
    private final CommandHarness.Client a = redis.newClient();
    private final CommandHarness.Client b = redis.newClient();
    private final CommandHarness.Client c = redis.newClient();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void aPushServesTheBlockedClientWithTheKeyAndElement() {
        assertThat(a.exec("BLPOP", "queue", "0")).isEmpty();
        assertThat(a.state().blocked()).isTrue();
        assertThat(b.exec("RPUSH", "queue", "job1", "job2")).isEqualTo(":2\r\n");
        assertThat(a.takeLater()).isEqualTo("*2\r\n$5\r\nqueue\r\n$4\r\njob1\r\n");
        assertThat(a.state().blocked()).isFalse();
        assertThat(b.exec("LRANGE", "queue", "0", "-1")).isEqualTo("*1\r\n$4\r\njob2\r\n");
    }

    @Test
    void clientsAreServedInTheOrderTheyBlocked() {
        a.exec("BRPOP", "q", "0");
        b.exec("BRPOP", "q", "0");
        redis.exec("LPUSH", "q", "first");
        assertThat(a.takeLater()).isEqualTo("*2\r\n$1\r\nq\r\n$5\r\nfirst\r\n");
        assertThat(b.takeLater()).isEmpty();
        redis.exec("LPUSH", "q", "second", "third");
        assertThat(b.takeLater()).isEqualTo("*2\r\n$1\r\nq\r\n$6\r\nsecond\r\n");
        assertThat(redis.exec("LLEN", "q")).isEqualTo(":1\r\n");
    }

    @Test
    void oneVariadicPushServesSeveralClientsWhileElementsLast() {
        a.exec("BLPOP", "q", "0");
        b.exec("BLPOP", "q", "0");
        c.exec("BLPOP", "q", "0");
        redis.exec("RPUSH", "q", "1", "2");
        assertThat(a.takeLater()).contains("$1\r\n1\r\n");
        assertThat(b.takeLater()).contains("$1\r\n2\r\n");
        assertThat(c.takeLater()).isEmpty();
        assertThat(c.state().blocked()).isTrue();
        assertThat(redis.exec("EXISTS", "q")).isEqualTo(":0\r\n");
    }

    @Test
    void aClientWaitingOnSeveralKeysIsServedOnceByTheFirstThatFills() {
        a.exec("BLPOP", "k1", "k2", "0");
        redis.exec("RPUSH", "k2", "x");
        assertThat(a.takeLater()).isEqualTo("*2\r\n$2\r\nk2\r\n$1\r\nx\r\n");
        redis.exec("RPUSH", "k1", "y");
        assertThat(a.takeLater()).isEmpty();
        assertThat(redis.exec("LLEN", "k1")).isEqualTo(":1\r\n");
    }

    @Test
    void timeoutRepliesWithANullArrayAfterTheDeadlineOnly() {
        a.exec("BLPOP", "q", "1.5");
        redis.advance(1_499);
        assertThat(a.takeLater()).isEmpty();
        redis.advance(1);
        assertThat(a.takeLater()).isEqualTo("*-1\r\n");
        assertThat(a.state().blocked()).isFalse();
        redis.exec("RPUSH", "q", "late");
        assertThat(redis.exec("LLEN", "q")).isEqualTo(":1\r\n");
    }

    @Test
    void zeroTimeoutWaitsForever() {
        a.exec("BZPOPMIN", "z", "0");
        redis.advance(365L * 24 * 3600 * 1000);
        assertThat(a.state().blocked()).isTrue();
        redis.exec("ZADD", "z", "2", "two", "1", "one");
        assertThat(a.takeLater()).isEqualTo("*3\r\n$1\r\nz\r\n$3\r\none\r\n$1\r\n1\r\n");
    }

    @Test
    void aKeyOfTheWrongTypeDoesNotServeAndTheClientKeepsWaiting() {
        a.exec("BLPOP", "k", "0");
        redis.exec("SET", "k", "string");
        assertThat(a.takeLater()).isEmpty();
        redis.exec("DEL", "k");
        redis.exec("ZADD", "k", "1", "m");
        assertThat(a.takeLater()).isEmpty();
        redis.exec("DEL", "k");
        redis.exec("RPUSH", "k", "v");
        assertThat(a.takeLater()).isEqualTo("*2\r\n$1\r\nk\r\n$1\r\nv\r\n");
    }

    @Test
    void blmoveChainsServeEachOtherInOnePass() {
        a.exec("BLMOVE", "step1", "step2", "LEFT", "RIGHT", "0");
        b.exec("BLMOVE", "step2", "step3", "LEFT", "RIGHT", "0");
        c.exec("BLPOP", "step3", "0");
        redis.exec("RPUSH", "step1", "token");
        assertThat(a.takeLater()).isEqualTo("$5\r\ntoken\r\n");
        assertThat(b.takeLater()).isEqualTo("$5\r\ntoken\r\n");
        assertThat(c.takeLater()).isEqualTo("*2\r\n$5\r\nstep3\r\n$5\r\ntoken\r\n");
        assertThat(redis.exec("EXISTS", "step1", "step2", "step3")).isEqualTo(":0\r\n");
    }

    @Test
    void blmoveToAKeyOfAnotherTypeIsServedWithWrongTypeAndLosesNothing() {
        redis.exec("SET", "dst", "string");
        a.exec("BLMOVE", "src", "dst", "LEFT", "LEFT", "0");
        redis.exec("RPUSH", "src", "v");
        assertThat(a.takeLater()).startsWith("-WRONGTYPE");
        assertThat(redis.exec("LRANGE", "src", "0", "-1")).isEqualTo("*1\r\n$1\r\nv\r\n");
    }

    @Test
    void onlyANewListOrSortedSetWakesWaitersNotAKeyOfAnotherTypeLaterOverwritten() {
        a.exec("BLPOP", "dst", "0");
        redis.exec("RPUSH", "src", "3", "1", "2");
        redis.exec("MULTI");
        redis.exec("SET", "dst", "x");
        redis.exec("SORT", "src", "STORE", "dst");
        redis.exec("EXEC");
        // Redis 7.0 signals a key only when a list or sorted set creates it; SORT overwrote a string.
        assertThat(a.takeLater()).isEmpty();
        assertThat(redis.exec("LLEN", "dst")).isEqualTo(":3\r\n");
    }

    @Test
    void aTransactionThatPushesAndPopsLeavesNothingToServe() {
        a.exec("BLPOP", "q", "0");
        redis.exec("MULTI");
        redis.exec("RPUSH", "q", "x");
        redis.exec("LPOP", "q");
        assertThat(redis.exec("EXEC")).isEqualTo("*2\r\n:1\r\n$1\r\nx\r\n");
        assertThat(a.takeLater()).isEmpty();
        assertThat(a.state().blocked()).isTrue();
    }

    @Test
    void aTransactionServesBlockedClientsOnlyOnceItHasRun() {
        a.exec("BLPOP", "q", "0");
        redis.exec("MULTI");
        redis.exec("RPUSH", "q", "x", "y");
        redis.exec("LRANGE", "q", "0", "-1");
        // Inside EXEC the list still holds both elements: the blocked client is served after EXEC.
        assertThat(redis.exec("EXEC")).isEqualTo("*2\r\n:2\r\n*2\r\n$1\r\nx\r\n$1\r\ny\r\n");
        assertThat(a.takeLater()).isEqualTo("*2\r\n$1\r\nq\r\n$1\r\nx\r\n");
    }

    @Test
    void clientUnblockEndsTheWaitAsATimeoutOrAnError() {
        a.exec("BLPOP", "q", "0");
        String id = String.valueOf(a.state().id());
        assertThat(redis.exec("CLIENT", "UNBLOCK", id)).isEqualTo(":1\r\n");
        assertThat(a.takeLater()).isEqualTo("*-1\r\n");
        assertThat(redis.exec("CLIENT", "UNBLOCK", id)).isEqualTo(":0\r\n");
        a.exec("BZMPOP", "0", "1", "z", "MIN");
        assertThat(redis.exec("CLIENT", "UNBLOCK", id, "ERROR")).isEqualTo(":1\r\n");
        assertThat(a.takeLater()).isEqualTo("-UNBLOCKED client unblocked via CLIENT UNBLOCK\r\n");
        assertThat(redis.exec("CLIENT", "UNBLOCK", id, "LATER"))
                .isEqualTo("-ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR\r\n");
        assertThat(redis.exec("CLIENT", "UNBLOCK", "x")).isEqualTo("-ERR value is not an integer or out of range\r\n");
    }

    @Test
    void infoAndClientListShowBlockedClients() {
        a.exec("BLPOP", "q", "0");
        b.exec("BLPOP", "q", "5");
        assertThat(redis.exec("INFO", "clients")).contains("blocked_clients:2\r\n").contains("clients_in_timeout_table:1\r\n");
        assertThat(redis.exec("CLIENT", "LIST")).contains("flags=b db=0").contains("cmd=blpop");
        redis.exec("RPUSH", "q", "1", "2");
        assertThat(redis.exec("INFO", "clients")).contains("blocked_clients:0\r\n").contains("clients_in_timeout_table:0\r\n");
    }

    @Test
    void swapdbWakesClientsWaitingOnKeysTheOtherDatabaseHas() {
        redis.exec("SELECT", "1");
        redis.exec("RPUSH", "q", "from-db1");
        a.exec("BLPOP", "q", "0");
        redis.exec("SWAPDB", "0", "1");
        assertThat(a.takeLater()).isEqualTo("*2\r\n$1\r\nq\r\n$8\r\nfrom-db1\r\n");
    }

    @Test
    void blockedCommandsAreCountedOnceWhenTheyFinish() {
        a.exec("BLPOP", "q", "0");
        assertThat(redis.exec("INFO", "commandstats")).doesNotContain("cmdstat_blpop");
        redis.exec("RPUSH", "q", "x");
        assertThat(redis.exec("INFO", "commandstats")).contains("cmdstat_blpop:calls=1,");
    }

    @Test
    void aBlockedClientRunsNothingElseUntilServed() {
        a.exec("BLPOP", "q", "0");
        assertThatThrownBy(() -> a.exec("PING")).isInstanceOf(IllegalStateException.class);
    }
}
