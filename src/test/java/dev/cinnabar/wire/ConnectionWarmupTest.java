package dev.cinnabar.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connections the server makes to itself before its port opens leave no trace a client can see:
 * ids start at 1 and the connection counters count only real clients.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConnectionWarmupTest {

    @Test
    void warmUpConnectionsAreNotCountedOrNumbered(CapturedOutput output) throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.warmup-connections=300");
             RawClient client = new RawClient(server.port())) {
            assertThat(output.getOut()).contains("Warmed up the connection path with 300 loopback connections");
            assertThat(clientId(client)).isEqualTo(":1");
            assertThat(info(client, "stats")).contains("total_connections_received:1\r\n");
            assertThat(info(client, "clients")).contains("connected_clients:1\r\n");
        }
    }

    @Test
    void zeroSkipsTheWarmUp(CapturedOutput output) throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.warmup-connections=0");
             RawClient client = new RawClient(server.port())) {
            assertThat(clientId(client)).isEqualTo(":1");
            assertThat(output.getOut()).doesNotContain("Warmed up the connection path");
        }
    }

    /** Warm-up connections the server refused would count as taken too, so a small maxclients cannot stall it. */
    @Test
    void aMaxclientsBelowOneWaveStillWarmsUpAndStartsClean(CapturedOutput output) throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.warmup-connections=20", "redis.maxclients=3");
             RawClient client = new RawClient(server.port())) {
            assertThat(output.getOut()).contains("Warmed up the connection path with 20 loopback connections");
            assertThat(info(client, "stats")).contains("rejected_connections:0\r\n", "total_connections_received:1\r\n");
            assertThat(clientId(client)).isEqualTo(":1");
        }
    }

    private static String clientId(RawClient client) throws IOException {
        client.send("CLIENT ID\r\n");
        return client.readLine();
    }

    private static String info(RawClient client, String section) throws IOException {
        client.send("INFO " + section + "\r\n");
        int length = Integer.parseInt(client.readLine().substring(1));
        return client.read(length + 2);
    }
}
