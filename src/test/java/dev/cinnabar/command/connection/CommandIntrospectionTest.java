package dev.cinnabar.command.connection;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.CommandTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandIntrospectionTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void infoOfAKeyCommandMatchesRedis() {
        assertThat(redis.exec("COMMAND", "INFO", "get")).isEqualTo("*1\r\n*10\r\n$3\r\nget\r\n:2\r\n*2\r\n+readonly\r\n+fast\r\n"
                + ":1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@string\r\n+@fast\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n"
                + "+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n"
                + ":1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n"
                + "$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n");
    }

    @Test
    void infoUsesSetsAndMapsInResp3() {
        redis.exec("HELLO", "3");
        assertThat(redis.exec("COMMAND", "INFO", "echo")).isEqualTo("*1\r\n*10\r\n$4\r\necho\r\n:2\r\n"
                + "~3\r\n+loading\r\n+stale\r\n+fast\r\n:0\r\n:0\r\n:0\r\n~2\r\n+@fast\r\n+@connection\r\n~0\r\n~0\r\n~0\r\n");
    }

    @Test
    void infoOfSubcommandsAndUnknownNames() {
        assertThat(redis.exec("COMMAND", "INFO", "client|list")).isEqualTo("*1\r\n*10\r\n$11\r\nclient|list\r\n:-2\r\n"
                + "*4\r\n+admin\r\n+noscript\r\n+loading\r\n+stale\r\n:0\r\n:0\r\n:0\r\n"
                + "*4\r\n+@admin\r\n+@slow\r\n+@dangerous\r\n+@connection\r\n*1\r\n$23\r\nnondeterministic_output\r\n*0\r\n*0\r\n");
        assertThat(redis.exec("COMMAND", "INFO", "nosuch", "client|nosuch")).isEqualTo("*2\r\n$-1\r\n$-1\r\n");
        assertThat(redis.exec("COMMAND", "INFO", "hello")).contains("+fast\r\n+no_auth\r\n+allow_busy\r\n");
    }

    @Test
    void containersListTheirSubcommands() {
        String config = redis.exec("COMMAND", "INFO", "config");
        assertThat(config).startsWith("*1\r\n*10\r\n$6\r\nconfig\r\n:-2\r\n*0\r\n:0\r\n:0\r\n:0\r\n*1\r\n+@slow\r\n*0\r\n*0\r\n*5\r\n")
                .contains("$10\r\nconfig|get\r\n");
        assertThat(redis.exec("COMMAND", "INFO", "command")).contains("$7\r\ncommand\r\n:-1\r\n*2\r\n+loading\r\n+stale\r\n");
    }

    @Test
    void everyCommandIsListedAndCounted() {
        CommandTable table = redis.bean(CommandTable.class);
        assertThat(redis.exec("COMMAND", "COUNT")).isEqualTo(":" + table.size() + "\r\n");
        assertThat(redis.exec("COMMAND")).startsWith("*" + table.size() + "\r\n");
        assertThat(redis.exec("COMMAND", "INFO")).isEqualTo(redis.exec("COMMAND"));
        assertThat(redis.exec("COMMAND", "LIST")).contains("$4\r\nping\r\n").contains("$11\r\nclient|kill\r\n");
    }

    @Test
    void listFilters() {
        assertThat(redis.exec("COMMAND", "LIST", "FILTERBY", "PATTERN", "client|g*")).isEqualTo("*1\r\n$14\r\nclient|getname\r\n");
        assertThat(redis.exec("COMMAND", "LIST", "FILTERBY", "aclcat", "read")).contains("$3\r\nget\r\n").doesNotContain("$3\r\nset\r\n");
        assertThat(redis.exec("COMMAND", "LIST", "FILTERBY", "aclcat", "nosuch")).isEqualTo("*0\r\n");
        assertThat(redis.exec("COMMAND", "LIST", "FILTERBY", "MODULE", "json")).isEqualTo("*0\r\n");
        assertThat(redis.exec("COMMAND", "LIST", "FILTERBY", "color", "x")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("COMMAND", "LIST", "FILTERBY")).isEqualTo("-ERR syntax error\r\n");
    }

    @Test
    void docsDescribeCommands() {
        assertThat(redis.exec("COMMAND", "DOCS", "echo", "nosuch")).isEqualTo("*2\r\n$4\r\necho\r\n*10\r\n"
                + "$7\r\nsummary\r\n$21\r\nEcho the given string\r\n$5\r\nsince\r\n$5\r\n1.0.0\r\n$5\r\ngroup\r\n"
                + "$10\r\nconnection\r\n$10\r\ncomplexity\r\n$4\r\nO(1)\r\n"
                + "$9\r\narguments\r\n*1\r\n*4\r\n$4\r\nname\r\n$7\r\nmessage\r\n$4\r\ntype\r\n$6\r\nstring\r\n");
        redis.exec("HELLO", "3");
        assertThat(redis.exec("COMMAND", "DOCS", "config")).startsWith("%1\r\n$6\r\nconfig\r\n%4\r\n")
                .contains("$11\r\nsubcommands\r\n%5\r\n$10\r\nconfig|get\r\n");
    }

    @Test
    void docsArgumentsCarryTokensFlagsAndGroups() {
        String docs = redis.exec("COMMAND", "DOCS", "shutdown");
        assertThat(docs).contains("$9\r\narguments\r\n*4\r\n*8\r\n$4\r\nname\r\n$11\r\nnosave_save\r\n"
                + "$4\r\ntype\r\n$5\r\noneof\r\n$5\r\nflags\r\n*1\r\n+optional\r\n$9\r\narguments\r\n*2\r\n"
                + "*6\r\n$4\r\nname\r\n$6\r\nnosave\r\n$4\r\ntype\r\n$10\r\npure-token\r\n$5\r\ntoken\r\n$6\r\nNOSAVE\r\n");
        assertThat(redis.exec("COMMAND", "DOCS", "client|list")).contains("$5\r\ntoken\r\n$4\r\nTYPE\r\n")
                .contains("$4\r\nname\r\n$9\r\nclient-id\r\n$4\r\ntype\r\n$7\r\ninteger\r\n$5\r\ntoken\r\n$2\r\nID\r\n"
                        + "$5\r\nflags\r\n*2\r\n+optional\r\n+multiple\r\n");
    }

    @Test
    void unknownSubcommandAndHelp() {
        assertThat(redis.exec("COMMAND", "NOPE")).isEqualTo("-ERR unknown subcommand 'NOPE'. Try COMMAND HELP.\r\n");
        assertThat(redis.exec("COMMAND", "HELP")).contains("+(no subcommand)\r\n");
    }
}
