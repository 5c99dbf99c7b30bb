package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.CommandHarness.START;
import static dev.cinnabar.command.keys.KeyTestSupport.NOT_AN_INTEGER;
import static dev.cinnabar.command.keys.KeyTestSupport.NULL;
import static dev.cinnabar.command.keys.KeyTestSupport.OK;
import static dev.cinnabar.command.keys.KeyTestSupport.error;
import static dev.cinnabar.command.keys.KeyTestSupport.integer;
import static org.assertj.core.api.Assertions.assertThat;

class ExpireCommandsTest {

    private static final String NX_CONFLICT = error("ERR NX and XX, GT or LT options at the same time are not compatible");
    private static final String GT_LT_CONFLICT = error("ERR GT and LT options at the same time are not compatible");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void ttlFamilyOnAbsentAndPersistentKeys() {
        for (String command : new String[] {"TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME"}) {
            assertThat(redis.exec(command, "nokey")).isEqualTo(integer(-2));
        }
        redis.exec("SET", "k", "v");
        for (String command : new String[] {"TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME"}) {
            assertThat(redis.exec(command, "k")).isEqualTo(integer(-1));
        }
    }

    @Test
    void expireSetsARelativeDeadlineThatPassesWithTheClock() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("EXPIRE", "k", "100")).isEqualTo(integer(1));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(100));
        assertThat(redis.exec("PTTL", "k")).isEqualTo(integer(100_000));
        assertThat(redis.exec("PEXPIRETIME", "k")).isEqualTo(integer(START + 100_000));
        assertThat(redis.exec("EXPIRETIME", "k")).isEqualTo(integer((START + 100_000) / 1000));
        redis.clock().advance(99_400);
        assertThat(redis.exec("PTTL", "k")).isEqualTo(integer(600));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(1));
        redis.clock().advance(101);
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(0));
        redis.clock().advance(499);
        assertThat(redis.exec("PTTL", "k")).isEqualTo(integer(0));
        redis.clock().advance(1);
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(-2));
        assertThat(redis.exec("GET", "k")).isEqualTo(NULL);
    }

    @Test
    void pexpireAndTheAbsoluteForms() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("PEXPIRE", "k", "1500")).isEqualTo(integer(1));
        assertThat(redis.exec("PTTL", "k")).isEqualTo(integer(1500));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(2));
        assertThat(redis.exec("EXPIREAT", "k", "4000000000")).isEqualTo(integer(1));
        assertThat(redis.exec("PEXPIRETIME", "k")).isEqualTo(integer(4_000_000_000_000L));
        assertThat(redis.exec("PEXPIREAT", "k", "4000000000499")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRETIME", "k")).isEqualTo(integer(4_000_000_000L));
        assertThat(redis.exec("PEXPIREAT", "k", "4000000000500")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRETIME", "k")).isEqualTo(integer(4_000_000_001L));
    }

    @Test
    void absentKeysReplyZero() {
        assertThat(redis.exec("EXPIRE", "nokey", "100")).isEqualTo(integer(0));
        assertThat(redis.exec("PEXPIRE", "nokey", "100")).isEqualTo(integer(0));
        assertThat(redis.exec("EXPIREAT", "nokey", "4000000000")).isEqualTo(integer(0));
        assertThat(redis.exec("PEXPIREAT", "nokey", "1")).isEqualTo(integer(0));
        assertThat(redis.exec("PERSIST", "nokey")).isEqualTo(integer(0));
    }

    @Test
    void aDeadlineNotInTheFutureDeletesTheKeyWithoutCountingAnExpiry() {
        for (String[] command : new String[][] {
                {"EXPIRE", "k", "-1"}, {"EXPIRE", "k", "0"}, {"PEXPIRE", "k", "0"}, {"PEXPIREAT", "k", "1"},
                {"PEXPIREAT", "k", Long.toString(START)}, {"EXPIREAT", "k", "-9223372036854775"},
                {"PEXPIRE", "k", "-9223372036854775808"}}) {
            redis.exec("SET", "k", "v");
            assertThat(redis.exec(command)).as(String.join(" ", command)).isEqualTo(integer(1));
            assertThat(redis.exec("EXISTS", "k")).isEqualTo(integer(0));
        }
        assertThat(redis.db().expiredKeys()).isZero();
    }

    @Test
    void nxXxGtLt() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("EXPIRE", "k", "100", "XX")).isEqualTo(integer(0));
        assertThat(redis.exec("EXPIRE", "k", "100", "GT")).isEqualTo(integer(0));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(-1));
        assertThat(redis.exec("EXPIRE", "k", "100", "LT")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRE", "k", "200", "NX")).isEqualTo(integer(0));
        assertThat(redis.exec("EXPIRE", "k", "200", "xx")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRE", "k", "200", "GT")).isEqualTo(integer(0));
        assertThat(redis.exec("EXPIRE", "k", "300", "gt")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRE", "k", "300", "LT")).isEqualTo(integer(0));
        assertThat(redis.exec("EXPIRE", "k", "50", "LT", "XX")).isEqualTo(integer(1));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(50));
        assertThat(redis.exec("PERSIST", "k")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRE", "k", "50", "NX")).isEqualTo(integer(1));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(50));
        // GT refuses a persistent key even for a deadline in the past; LT deletes it.
        redis.exec("PERSIST", "k");
        assertThat(redis.exec("EXPIRE", "k", "-1", "GT")).isEqualTo(integer(0));
        assertThat(redis.exec("EXPIRE", "k", "-1", "LT")).isEqualTo(integer(1));
        assertThat(redis.exec("EXISTS", "k")).isEqualTo(integer(0));
    }

    @Test
    void optionErrorsComeFirst() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("EXPIRE", "k", "10", "foo")).isEqualTo(error("ERR Unsupported option foo"));
        assertThat(redis.exec("EXPIRE", "k", "abc", "Foo")).isEqualTo(error("ERR Unsupported option Foo"));
        assertThat(redis.exec("EXPIRE", "k", "10", "nx", "foo", "xx")).isEqualTo(error("ERR Unsupported option foo"));
        assertThat(redis.exec("EXPIRE", "k", "10", "nx", "xx")).isEqualTo(NX_CONFLICT);
        assertThat(redis.exec("EXPIRE", "k", "10", "gt", "nx")).isEqualTo(NX_CONFLICT);
        assertThat(redis.exec("EXPIRE", "k", "10", "nx", "lt")).isEqualTo(NX_CONFLICT);
        assertThat(redis.exec("EXPIRE", "k", "10", "gt", "lt")).isEqualTo(GT_LT_CONFLICT);
        assertThat(redis.exec("EXPIRE", "k", "10", "xx", "gt", "lt")).isEqualTo(GT_LT_CONFLICT);
        assertThat(redis.exec("EXPIRE", "k", "10", "nx", "nx")).isEqualTo(integer(1));
        assertThat(redis.exec("EXPIRE", "k", "abc")).isEqualTo(NOT_AN_INTEGER);
        assertThat(redis.exec("PEXPIRE", "k", "1.5")).isEqualTo(NOT_AN_INTEGER);
        assertThat(redis.exec("EXPIRE", "k")).isEqualTo(error("ERR wrong number of arguments for 'expire' command"));
    }

    @Test
    void overflowIsAnInvalidExpireTime() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("EXPIRE", "k", "9223372036854775807"))
                .isEqualTo(error("ERR invalid expire time in 'expire' command"));
        assertThat(redis.exec("EXPIRE", "k", "-9223372036854775807"))
                .isEqualTo(error("ERR invalid expire time in 'expire' command"));
        assertThat(redis.exec("EXPIRE", "k", "9223372036854775"))
                .isEqualTo(error("ERR invalid expire time in 'expire' command"));
        assertThat(redis.exec("EXPIREAT", "k", "9223372036854776"))
                .isEqualTo(error("ERR invalid expire time in 'expireat' command"));
        assertThat(redis.exec("PEXPIRE", "k", "9223372036854775807"))
                .isEqualTo(error("ERR invalid expire time in 'pexpire' command"));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(-1));
        assertThat(redis.exec("PEXPIREAT", "k", "9223372036854775807")).isEqualTo(integer(1));
        assertThat(redis.exec("PEXPIRETIME", "k")).isEqualTo(integer(Long.MAX_VALUE));
        assertThat(redis.exec("EXPIRETIME", "k")).isEqualTo(integer(9223372036854776L));
        assertThat(redis.exec("PTTL", "k")).isEqualTo(integer(Long.MAX_VALUE - START));
    }

    @Test
    void persistRemovesTheDeadline() {
        redis.exec("SET", "k", "v", "EX", "10");
        assertThat(redis.exec("PERSIST", "k")).isEqualTo(integer(1));
        assertThat(redis.exec("PERSIST", "k")).isEqualTo(integer(0));
        redis.clock().advance(20_000);
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(-1));
        assertThat(redis.exec("PERSIST", "a", "b")).isEqualTo(error("ERR wrong number of arguments for 'persist' command"));
    }

    @Test
    void expiredKeysCannotBeGivenANewDeadline() {
        redis.exec("SET", "k", "v", "PX", "10");
        redis.clock().advance(11);
        assertThat(redis.exec("EXPIRE", "k", "100")).isEqualTo(integer(0));
        assertThat(redis.exec("PERSIST", "k")).isEqualTo(integer(0));
        assertThat(redis.exec("SET", "k", "v")).isEqualTo(OK);
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(-1));
    }

    @Test
    void ttlReadsCountAsKeyspaceHitsAndMisses() {
        redis.exec("SET", "k", "v");
        redis.exec("TTL", "k");
        redis.exec("PTTL", "nokey");
        assertThat(redis.db().keyspaceHits()).isEqualTo(1);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(1);
    }
}
