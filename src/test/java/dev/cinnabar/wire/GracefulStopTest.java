package dev.cinnabar.wire;

import dev.cinnabar.diff.RespFrames;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping the server while a client pipelines leaves the client with whole replies only. */
class GracefulStopTest {

    private static final byte[] BATCH = batch();

    private static byte[] batch() {
        String value = "v".repeat(3000);
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            requests.append("*3\r\n$3\r\nSET\r\n$4\r\nstop\r\n$").append(value.length()).append("\r\n").append(value).append("\r\n");
            requests.append("*2\r\n$3\r\nGET\r\n$4\r\nstop\r\n");
        }
        return requests.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void everyReplyReceivedIsComplete() throws Exception {
        CinnabarServer server = CinnabarServer.start();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            AtomicBoolean stopWriting = new AtomicBoolean();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    while (!stopWriting.get()) {
                        out.write(BATCH);
                    }
                } catch (IOException serverGone) {
                    // expected once the server has shut our connection
                }
            });
            CountDownLatch flowing = new CountDownLatch(2000);
            CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> {
                long replies = 0;
                try {
                    byte[] frame;
                    while ((frame = RespFrames.next(in)) != null) {
                        assertThat(frame[0]).as("reply type").isIn((byte) '+', (byte) '$');
                        replies++;
                        flowing.countDown();
                    }
                    return replies;
                } catch (IOException e) {
                    throw new AssertionError("after " + replies + " whole replies: " + e, e);
                }
            });
            assertThat(flowing.await(60, TimeUnit.SECONDS)).as("replies flowing").isTrue();
            server.close();
            long replies = reader.get(30, TimeUnit.SECONDS);
            stopWriting.set(true);
            socket.close();
            writer.get(30, TimeUnit.SECONDS);
            assertThat(replies).isGreaterThanOrEqualTo(2000);
        } finally {
            server.close();
        }
    }
}
