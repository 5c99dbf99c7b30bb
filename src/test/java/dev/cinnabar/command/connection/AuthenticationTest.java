package dev.cinnabar.command.connection;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    private static final String NOAUTH = "-NOAUTH Authentication required.\r\n";
    private static final String WRONGPASS = "-WRONGPASS invalid username-password pair or user is disabled.\r\n";

    private final CommandHarness redis = new CommandHarness("secret");

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void commandsNeedAuthenticationFirst() {
        assertThat(redis.exec("GET", "k")).isEqualTo(NOAUTH);
        assertThat(redis.exec("PING")).isEqualTo(NOAUTH);
        assertThat(redis.exec("AUTH", "wrong")).isEqualTo(WRONGPASS);
        assertThat(redis.exec("GET", "k")).isEqualTo(NOAUTH);
        assertThat(redis.exec("AUTH", "secret")).isEqualTo("+OK\r\n");
        assertThat(redis.exec("GET", "k")).isEqualTo("$-1\r\n");
    }

    @Test
    void authWithUserName() {
        assertThat(redis.exec("AUTH", "admin", "secret")).isEqualTo(WRONGPASS);
        assertThat(redis.exec("AUTH", "default", "secret")).isEqualTo("+OK\r\n");
        assertThat(redis.client().authenticated()).isTrue();
    }

    @Test
    void helloNeedsAuthenticationOrAuthenticates() {
        assertThat(redis.exec("HELLO", "3")).isEqualTo("-NOAUTH HELLO must be called with the client already "
                + "authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to authenticate "
                + "the client and select the RESP protocol version at the same time\r\n");
        assertThat(redis.client().protocol()).isEqualTo(2);
        assertThat(redis.exec("HELLO", "3", "AUTH", "default", "nope")).isEqualTo(WRONGPASS);
        assertThat(redis.exec("HELLO", "3", "AUTH", "default", "secret", "SETNAME", "svc")).startsWith("%7\r\n");
        assertThat(redis.exec("CLIENT", "GETNAME")).isEqualTo("$3\r\nsvc\r\n");
    }

    @Test
    void quitAndResetWorkUnauthenticated() {
        assertThat(redis.exec("RESET")).isEqualTo("+RESET\r\n");
        assertThat(redis.exec("QUIT")).isEqualTo("+OK\r\n");
    }

    @Test
    void resetForgetsTheAuthentication() {
        redis.exec("AUTH", "secret");
        assertThat(redis.exec("RESET")).isEqualTo("+RESET\r\n");
        assertThat(redis.exec("GET", "k")).isEqualTo(NOAUTH);
    }

    @Test
    void clientsConnectedBeforeAPasswordIsSetStayAuthenticated() {
        try (CommandHarness open = new CommandHarness()) {
            assertThat(open.exec("CONFIG", "SET", "requirepass", "pw")).isEqualTo("+OK\r\n");
            assertThat(open.exec("GET", "k")).isEqualTo("$-1\r\n");
            CommandHarness.Client late = open.newClient();
            assertThat(late.exec("GET", "k")).isEqualTo(NOAUTH);
            assertThat(late.exec("AUTH", "pw")).isEqualTo("+OK\r\n");
        }
    }
}
