package dev.cinnabar.wire;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings that change how connections are treated: maxclients, timeout, requirepass. */
class LimitsTest {

    private static final long EVENTUALLY_MS = 10_000;

    @Test
    void connectionsBeyondMaxclientsAreRefused() throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.maxclients=2");
             RawClient first = new RawClient(server.port());
             RawClient second = new RawClient(server.port())) {
            first.send("PING\r\n");
            second.send("PING\r\n");
            assertThat(first.readLine()).isEqualTo("+PONG");
            assertThat(second.readLine()).isEqualTo("+PONG");
            try (RawClient third = new RawClient(server.port())) {
                assertThat(third.readLine()).isEqualTo("-ERR max number of clients reached");
                assertThat(third.isClosedByServer()).isTrue();
            }
            first.close();
            assertThat(eventuallyPings(server.port())).as("a slot frees up once a client leaves").isTrue();
        }
    }

    private static boolean eventuallyPings(int port) throws Exception {
        long deadline = System.currentTimeMillis() + EVENTUALLY_MS;
        while (System.currentTimeMillis() < deadline) {
            try (RawClient client = new RawClient(port)) {
                client.send("PING\r\n");
                if (client.readLine().equals("+PONG")) {
                    return true;
                }
            } catch (IOException refusedOrClosed) {
                // the registry has not seen the departure yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void idleClientsAreClosedAfterTheTimeout() throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.timeout=1");
             RawClient client = new RawClient(server.port())) {
            client.send("PING\r\n");
            assertThat(client.readLine()).isEqualTo("+PONG");
            long deadline = System.currentTimeMillis() + EVENTUALLY_MS;
            boolean closed = false;
            while (!closed && System.currentTimeMillis() < deadline) {
                closed = client.isClosedByServer();
            }
            assertThat(closed).as("closed within %d ms", EVENTUALLY_MS).isTrue();
        }
    }

    @Test
    void requirepassDemandsAuth() throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.requirepass=s3cret");
             RawClient client = new RawClient(server.port())) {
            client.send("PING\r\n");
            assertThat(client.readLine()).isEqualTo("-NOAUTH Authentication required.");
            client.send("*1\r\n$3\r\nGET\r\n");
            assertThat(client.readLine()).isEqualTo("-ERR wrong number of arguments for 'get' command");
            client.send("AUTH wrong\r\n");
            assertThat(client.readLine()).isEqualTo("-WRONGPASS invalid username-password pair or user is disabled.");
            // AUTH and the large request after it arrive together; the limit must lift in between.
            client.send("AUTH s3cret\r\n*11\r\n$4\r\nPING\r\n" + "$1\r\nx\r\n".repeat(10));
            assertThat(client.readLine()).isEqualTo("+OK");
            assertThat(client.readLine()).isEqualTo("-ERR wrong number of arguments for 'ping' command");
            client.send("PING\r\n");
            assertThat(client.readLine()).isEqualTo("+PONG");
        }
    }

    @Test
    void unauthenticatedClientsCannotSendLargeRequests() throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.requirepass=s3cret")) {
            try (RawClient client = new RawClient(server.port())) {
                client.send("*11\r\n");
                assertThat(client.readLine()).isEqualTo("-ERR Protocol error: unauthenticated multibulk length");
                assertThat(client.isClosedByServer()).isTrue();
            }
            try (RawClient client = new RawClient(server.port())) {
                client.send("*2\r\n$3\r\nGET\r\n$16385\r\n");
                assertThat(client.readLine()).isEqualTo("-ERR Protocol error: unauthenticated bulk length");
                assertThat(client.isClosedByServer()).isTrue();
            }
        }
    }
}
