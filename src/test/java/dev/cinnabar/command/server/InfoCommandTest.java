package dev.cinnabar.command.server;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InfoCommandTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void defaultSectionsInRedisOrder() {
        String info = redis.exec("INFO");
        assertThat(info).startsWith("$").contains("\r\n# Server\r\nredis_version:7.0.15\r\ncinnabar_version:");
        assertThat(info.indexOf("# Server")).isLessThan(info.indexOf("# Clients"));
        assertThat(info.indexOf("# Clients")).isLessThan(info.indexOf("# Memory"));
        assertThat(info.indexOf("# Stats")).isLessThan(info.indexOf("# Errorstats"));
        assertThat(info.indexOf("# Errorstats")).isLessThan(info.indexOf("# Keyspace"));
        assertThat(info).doesNotContain("# Commandstats").contains("\r\nused_memory:")
                .contains("\r\nconnected_clients:1\r\n").contains("\r\nuptime_in_seconds:0\r\n");
        assertThat(redis.exec("INFO", "default")).contains("# Keyspace");
    }

    @Test
    void keyspaceSection() {
        assertThat(redis.exec("INFO", "keyspace")).isEqualTo("$12\r\n# Keyspace\r\n\r\n");
        redis.exec("SET", "a", "1");
        redis.exec("SET", "b", "1", "PX", "5000");
        redis.exec("SELECT", "2");
        redis.exec("SET", "c", "1");
        assertThat(redis.exec("INFO", "KEYSPACE")).isEqualTo(bulk("# Keyspace\r\n"
                + "db0:keys=2,expires=1,avg_ttl=5000\r\ndb2:keys=1,expires=0,avg_ttl=0\r\n"));
    }

    @Test
    void sectionsComeInRedisOrderWhateverTheRequestOrder() {
        String text = redis.exec("INFO", "keyspace", "cluster", "nosuch");
        assertThat(text).isEqualTo(bulk("# Cluster\r\ncluster_enabled:0\r\n\r\n# Keyspace\r\n"));
        assertThat(redis.exec("INFO", "nosuch")).isEqualTo("$0\r\n\r\n");
    }

    @Test
    void statsCountCommandsHitsAndErrors() {
        redis.exec("SET", "k", "v");
        redis.exec("GET", "k");
        redis.exec("GET", "nope");
        redis.exec("GET");
        redis.exec("SELECT", "x");
        String stats = redis.exec("INFO", "stats");
        assertThat(stats).contains("\r\nkeyspace_hits:1\r\nkeyspace_misses:1\r\n")
                .contains("\r\ntotal_error_replies:2\r\n").contains("\r\ntotal_commands_processed:6\r\n");
        String all = redis.exec("INFO", "all");
        assertThat(all).contains("\r\ncmdstat_get:calls=2,usec=")
                .contains(",rejected_calls=1,failed_calls=0\r\n")
                .contains("\r\ncmdstat_select:calls=1,").contains(",rejected_calls=0,failed_calls=1\r\n")
                .contains("# Errorstats\r\nerrorstat_ERR:count=2\r\n");
        assertThat(redis.exec("INFO", "everything")).contains("# Commandstats");
    }

    @Test
    void subcommandStatsUseTheFullName() {
        redis.exec("CLIENT", "ID");
        assertThat(redis.exec("INFO", "commandstats")).contains("\r\ncmdstat_client|id:calls=1,");
    }

    @Test
    void resp3GetsAVerbatimString() {
        redis.exec("HELLO", "3");
        assertThat(redis.exec("INFO", "cluster")).isEqualTo("=34\r\ntxt:# Cluster\r\ncluster_enabled:0\r\n\r\n");
    }

    @Test
    void humanSizes() {
        assertThat(InfoReport.human(0)).isEqualTo("0B");
        assertThat(InfoReport.human(1023)).isEqualTo("1023B");
        assertThat(InfoReport.human(1485320)).isEqualTo("1.42M");
        assertThat(InfoReport.human(25276026880L)).isEqualTo("23.54G");
    }

    private static String bulk(String text) {
        return "$" + text.length() + "\r\n" + text + "\r\n";
    }
}
