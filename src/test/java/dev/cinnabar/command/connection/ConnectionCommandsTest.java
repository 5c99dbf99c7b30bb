package dev.cinnabar.command.connection;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void pingAndEcho() {
        assertThat(redis.exec("PING")).isEqualTo("+PONG\r\n");
        assertThat(redis.exec("ping", "hi")).isEqualTo("$2\r\nhi\r\n");
        assertThat(redis.exec("PING", "a", "b")).isEqualTo("-ERR wrong number of arguments for 'ping' command\r\n");
        assertThat(redis.exec("ECHO", "hello world")).isEqualTo("$11\r\nhello world\r\n");
        assertThat(redis.exec("ECHO")).isEqualTo("-ERR wrong number of arguments for 'echo' command\r\n");
        redis.exec("HELLO", "3");
        assertThat(redis.exec("PING")).isEqualTo("+PONG\r\n");
        assertThat(redis.exec("PING", "a", "b")).isEqualTo("-ERR wrong number of arguments for 'ping' command\r\n");
    }

    @Test
    void selectSwitchesDatabaseAndChecksTheIndex() {
        redis.exec("SET", "k", "v0");
        assertThat(redis.exec("SELECT", "1")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("GET", "k")).isEqualTo("$-1\r\n");
        assertThat(redis.client().db()).isEqualTo(1);
        assertThat(redis.exec("SELECT", "16")).isEqualTo("-ERR DB index is out of range\r\n");
        assertThat(redis.exec("SELECT", "-1")).isEqualTo("-ERR DB index is out of range\r\n");
        assertThat(redis.exec("SELECT", "x")).isEqualTo("-ERR value is not an integer or out of range\r\n");
        assertThat(redis.exec("SELECT", "2147483648"))
                .isEqualTo("-ERR value is out of range, value must between -2147483648 and 2147483647\r\n");
        assertThat(redis.client().db()).isEqualTo(1);
    }

    @Test
    void quitRepliesOkThenCloses() {
        assertThat(redis.exec("QUIT", "anything")).isEqualTo("+OK\r\n");
        assertThat(redis.client().closingAfterReply()).isTrue();
    }

    @Test
    void resetRestoresTheInitialConnectionState() {
        redis.exec("HELLO", "3", "SETNAME", "app");
        redis.exec("SELECT", "4");
        assertThat(redis.exec("RESET")).isEqualTo("+RESET\r\n");
        assertThat(redis.client().db()).isZero();
        assertThat(redis.client().protocol()).isEqualTo(2);
        assertThat(redis.client().name()).isEmpty();
        assertThat(redis.exec("GET", "missing")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("RESET", "x")).isEqualTo("-ERR wrong number of arguments for 'reset' command\r\n");
    }

    @Test
    void helloDescribesTheServerInTheRequestedProtocol() {
        long id = redis.client().id();
        assertThat(redis.exec("HELLO")).isEqualTo("*14\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n"
                + "$5\r\nproto\r\n:2\r\n$2\r\nid\r\n:" + id + "\r\n$4\r\nmode\r\n$10\r\nstandalone\r\n"
                + "$4\r\nrole\r\n$6\r\nmaster\r\n$7\r\nmodules\r\n*0\r\n");
        assertThat(redis.exec("HELLO", "3")).startsWith("%7\r\n$6\r\nserver\r\n").contains("$5\r\nproto\r\n:3\r\n");
        assertThat(redis.client().protocol()).isEqualTo(3);
        assertThat(redis.exec("GET", "missing")).isEqualTo("_\r\n");
        assertThat(redis.exec("CLIENT", "GETNAME")).isEqualTo("_\r\n");
        assertThat(redis.exec("HELLO", "2")).startsWith("*14\r\n");
        assertThat(redis.exec("GET", "missing")).isEqualTo("$-1\r\n");
    }

    @Test
    void helloRejectsBadVersionsAndOptions() {
        assertThat(redis.exec("HELLO", "4")).isEqualTo("-NOPROTO unsupported protocol version\r\n");
        assertThat(redis.exec("HELLO", "x")).isEqualTo("-ERR Protocol version is not an integer or out of range\r\n");
        assertThat(redis.exec("HELLO", "3", "AUTH", "default")).isEqualTo("-ERR Syntax error in HELLO option 'AUTH'\r\n");
        assertThat(redis.exec("HELLO", "3", "SETNAME", "a b"))
                .isEqualTo("-ERR Client names cannot contain spaces, newlines or special characters.\r\n");
        assertThat(redis.client().protocol()).isEqualTo(2);
        assertThat(redis.exec("HELLO", "2", "SETNAME", "named")).startsWith("*14\r\n");
        assertThat(redis.exec("CLIENT", "GETNAME")).isEqualTo("$5\r\nnamed\r\n");
    }

    @Test
    void authWithoutAPasswordConfigured() {
        assertThat(redis.exec("AUTH", "x")).isEqualTo("-ERR AUTH <password> called without any password configured "
                + "for the default user. Are you sure your configuration is correct?\r\n");
        assertThat(redis.exec("AUTH", "default", "anything")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("AUTH", "nobody", "x"))
                .isEqualTo("-WRONGPASS invalid username-password pair or user is disabled.\r\n");
        assertThat(redis.exec("AUTH", "a", "b", "c")).isEqualTo("-ERR syntax error\r\n");
    }

    @Test
    void clientNames() {
        assertThat(redis.exec("CLIENT", "GETNAME")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("CLIENT", "SETNAME", "worker-1")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("CLIENT", "GETNAME")).isEqualTo("$8\r\nworker-1\r\n");
        assertThat(redis.exec("CLIENT", "SETNAME", "a\nb"))
                .isEqualTo("-ERR Client names cannot contain spaces, newlines or special characters.\r\n");
        assertThat(redis.exec("CLIENT", "SETNAME", "")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("CLIENT", "GETNAME")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("CLIENT", "ID")).isEqualTo(":" + redis.client().id() + "\r\n");
        assertThat(redis.exec("CLIENT", "NOPE")).isEqualTo("-ERR unknown subcommand 'NOPE'. Try CLIENT HELP.\r\n");
    }

    @Test
    void clientSetInfoRecordsTheLibrary() {
        assertThat(redis.exec("CLIENT", "SETINFO", "LIB-NAME", "lettuce")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("CLIENT", "SETINFO", "lib-ver", "6.3.0")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("CLIENT", "INFO")).contains(" lib-name=lettuce lib-ver=6.3.0\n");
        assertThat(redis.exec("CLIENT", "SETINFO", "color", "red")).isEqualTo("-ERR Unrecognized option 'color'\r\n");
        assertThat(redis.exec("CLIENT", "SETINFO", "lib-name", "a b"))
                .isEqualTo("-ERR lib-name cannot contain spaces, newlines or special characters.\r\n");
    }

    @Test
    void clientListFiltersByTypeAndId() {
        CommandHarness.Client other = redis.newClient();
        String all = redis.exec("CLIENT", "LIST");
        assertThat(all).contains("id=" + redis.client().id() + " ").contains("id=" + other.state().id() + " ")
                .contains(" cmd=client|list ");
        assertThat(redis.exec("CLIENT", "LIST", "TYPE", "normal")).contains("id=" + other.state().id() + " ");
        assertThat(redis.exec("CLIENT", "LIST", "TYPE", "replica")).isEqualTo("$0\r\n\r\n");
        assertThat(redis.exec("CLIENT", "LIST", "TYPE", "foo")).isEqualTo("-ERR Unknown client type 'foo'\r\n");
        String one = redis.exec("CLIENT", "LIST", "ID", String.valueOf(other.state().id()), "999");
        assertThat(one).contains("id=" + other.state().id() + " ").doesNotContain("id=" + redis.client().id() + " ");
        assertThat(redis.exec("CLIENT", "LIST", "ID", "x")).isEqualTo("-ERR Invalid client ID\r\n");
        assertThat(redis.exec("CLIENT", "LIST", "foo")).isEqualTo("-ERR syntax error\r\n");
        redis.exec("HELLO", "3");
        assertThat(redis.exec("CLIENT", "INFO")).startsWith("=").contains("\r\ntxt:id=" + redis.client().id() + " ");
    }

    @Test
    void clientKillClosesOtherClients() {
        CommandHarness.Client victim = redis.newClient();
        CommandHarness.Client bystander = redis.newClient();
        assertThat(redis.exec("CLIENT", "KILL", victim.state().address())).isEqualTo("+OK\r\n");
        assertThat(victim.closed()).isTrue();
        assertThat(bystander.closed()).isFalse();
        assertThat(redis.exec("CLIENT", "KILL", "1.2.3.4:5")).isEqualTo("-ERR No such client\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "ID", String.valueOf(bystander.state().id()))).isEqualTo(":1\r\n");
        assertThat(bystander.closed()).isTrue();
    }

    @Test
    void clientKillNewFormSkipsTheCallerUnlessAsked() {
        CommandHarness.Client other = redis.newClient();
        assertThat(redis.exec("CLIENT", "KILL", "USER", "default", "LADDR", "127.0.0.1:6379")).isEqualTo(":1\r\n");
        assertThat(other.closed()).isTrue();
        assertThat(redis.client().closingAfterReply()).isFalse();
        assertThat(redis.exec("CLIENT", "KILL", "ID", String.valueOf(redis.client().id()), "SKIPME", "no"))
                .isEqualTo(":1\r\n");
        assertThat(redis.client().closingAfterReply()).isTrue();
    }

    @Test
    void clientKillErrors() {
        assertThat(redis.exec("CLIENT", "KILL", "ID", "0")).isEqualTo("-ERR client-id should be greater than 0\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "ID", "x")).isEqualTo("-ERR client-id should be greater than 0\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "ID", "99999")).isEqualTo(":0\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "USER", "bob")).isEqualTo("-ERR No such user 'bob'\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "SKIPME", "maybe")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "ADDR", "1.2.3.4:5", "SKIPME")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("CLIENT", "KILL", "TYPE", "foo", "ID", "1")).isEqualTo("-ERR Unknown client type 'foo'\r\n");
    }

    @Test
    void clientHelpIsStatusLines() {
        String help = redis.exec("CLIENT", "HELP");
        assertThat(help).startsWith("*").contains("+CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n")
                .endsWith("+HELP\r\n+    Prints this help.\r\n");
    }
}
