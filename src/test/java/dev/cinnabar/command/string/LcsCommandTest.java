package dev.cinnabar.command.string;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.string.Replies.EMPTY;
import static dev.cinnabar.command.string.Replies.NOT_INTEGER;
import static dev.cinnabar.command.string.Replies.SYNTAX;
import static dev.cinnabar.command.string.Replies.bulk;
import static dev.cinnabar.command.string.Replies.error;
import static dev.cinnabar.command.string.Replies.integer;
import static dev.cinnabar.command.string.Replies.otherType;
import static org.assertj.core.api.Assertions.assertThat;

/** LCS; the expected bytes are Redis 7.0.15's replies. */
class LcsCommandTest {

    private static final String MATCHES = "*2\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n*2\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n";

    private final CommandHarness redis = new CommandHarness();

    @BeforeEach
    void keys() {
        redis.exec("MSET", "key1", "ohmytext", "key2", "mynewtext");
    }

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void subsequenceAndLength() {
        assertThat(redis.exec("LCS", "key1", "key2")).isEqualTo(bulk("mytext"));
        assertThat(redis.exec("LCS", "key1", "key2", "LEN")).isEqualTo(integer(6));
        assertThat(redis.exec("LCS", "key1", "missing")).isEqualTo(EMPTY);
        assertThat(redis.exec("LCS", "missing", "key2", "len")).isEqualTo(integer(0));
        redis.exec("MSET", "r", "ABCBDAB", "s", "BDCABA");
        assertThat(redis.exec("LCS", "r", "s")).isEqualTo(bulk("BDAB"));
    }

    @Test
    void idxListsTheMatchingRangesLastFirst() {
        assertThat(redis.exec("LCS", "key1", "key2", "IDX"))
                .isEqualTo("*4\r\n$7\r\nmatches\r\n" + MATCHES + "$3\r\nlen\r\n:6\r\n");
        assertThat(redis.exec("LCS", "key1", "key2", "IDX", "MINMATCHLEN", "4", "WITHMATCHLEN"))
                .isEqualTo("*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n$3\r\nlen\r\n:6\r\n");
        assertThat(redis.exec("LCS", "key1", "key2", "IDX", "MINMATCHLEN", "-5"))
                .isEqualTo(redis.exec("LCS", "key1", "key2", "IDX"));
        assertThat(redis.exec("LCS", "missing", "missing", "IDX", "WITHMATCHLEN"))
                .isEqualTo("*4\r\n$7\r\nmatches\r\n*0\r\n$3\r\nlen\r\n:0\r\n");
        redis.exec("MSET", "a", "abcdefgh", "b", "xbcxefgx");
        assertThat(redis.exec("LCS", "a", "b", "IDX", "WITHMATCHLEN")).isEqualTo("*4\r\n$7\r\nmatches\r\n*2\r\n"
                + "*3\r\n*2\r\n:4\r\n:6\r\n*2\r\n:4\r\n:6\r\n:3\r\n*3\r\n*2\r\n:1\r\n:2\r\n*2\r\n:1\r\n:2\r\n:2\r\n"
                + "$3\r\nlen\r\n:5\r\n");
    }

    @Test
    void idxIsAMapInResp3() {
        Replies.Resp3Client resp3 = new Replies.Resp3Client(redis);
        assertThat(resp3.exec("LCS", "key1", "key2", "IDX"))
                .isEqualTo("%2\r\n$7\r\nmatches\r\n" + MATCHES + "$3\r\nlen\r\n:6\r\n");
        assertThat(resp3.exec("LCS", "missing", "missing", "IDX"))
                .isEqualTo("%2\r\n$7\r\nmatches\r\n*0\r\n$3\r\nlen\r\n:0\r\n");
        assertThat(resp3.exec("LCS", "key1", "key2")).isEqualTo(bulk("mytext"));
    }

    @Test
    void optionErrors() {
        assertThat(redis.exec("LCS", "key1", "key2", "IDX", "LEN"))
                .isEqualTo(error("ERR If you want both the length and indexes, please just use IDX."));
        assertThat(redis.exec("LCS", "key1", "key2", "IDX", "LEN", "FOO")).isEqualTo(SYNTAX);
        assertThat(redis.exec("LCS", "key1", "key2", "MINMATCHLEN")).isEqualTo(SYNTAX);
        assertThat(redis.exec("LCS", "key1", "key2", "MINMATCHLEN", "x")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("LCS", "key1")).isEqualTo(error("ERR wrong number of arguments for 'lcs' command"));
        otherType(redis, "other");
        // The key types are checked before the options.
        assertThat(redis.exec("LCS", "other", "key2", "FOO"))
                .isEqualTo(error("ERR The specified keys must contain string values"));
        assertThat(redis.exec("LCS", "key1", "other"))
                .isEqualTo(error("ERR The specified keys must contain string values"));
    }

    @Test
    void theTableMustFitInProtoMaxBulkLen() {
        // (600 + 1) * (600 + 1) cells of 4 bytes are more than 1 MB; (600 + 1) * (400 + 1) are not.
        redis.settings().protoMaxBulkLen(1024 * 1024);
        redis.exec("MSET", "a", "a".repeat(600), "b", "a".repeat(600), "c", "a".repeat(400));
        assertThat(redis.exec("LCS", "a", "b", "LEN"))
                .isEqualTo(error("ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len"));
        assertThat(redis.exec("LCS", "a", "c", "LEN")).isEqualTo(integer(400));
    }

    @Test
    void bothKeysCountAsReads() {
        redis.db().resetStats();
        redis.exec("LCS", "key1", "missing");
        assertThat(redis.db().keyspaceHits()).isEqualTo(1);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(1);
    }
}
