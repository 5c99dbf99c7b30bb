package dev.cinnabar.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two event loops, a blocked client can be served from the other loop, and its reply is written
 * on its own loop a moment later. A request the client sends in that moment must not be answered ahead
 * of the reply. The race is timing-dependent, so the test runs it many times, with the request following
 * the push after a varying delay; without the fix it failed in the first round.
 */
class CrossLoopBlockingTest {

    private static final int ROUNDS = 100;

    @Test
    void aRequestSentWhileTheServedReplyIsOnItsWayIsAnsweredAfterIt() throws Exception {
        try (CinnabarServer server = CinnabarServer.start("redis.io-threads=2");
             RawClient waiter = new RawClient(server.port());
             RawClient pusher = new RawClient(server.port())) {
            for (int round = 0; round < ROUNDS; round++) {
                String key = "xl:" + round;
                waiter.send("BLPOP " + key + " 0\r\n");
                // The push must find the client blocked for the served reply to take the other loop.
                Thread.sleep(2);
                pusher.send("RPUSH " + key + " v\r\n");
                long until = System.nanoTime() + (round % 40) * 5_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                waiter.send("PING\r\n");
                assertThat(pusher.readLine()).isEqualTo(":1");
                String served = "*2\r\n$" + key.length() + "\r\n" + key + "\r\n$1\r\nv\r\n";
                assertThat(waiter.read(served.length())).as("round %d", round).isEqualTo(served);
                assertThat(waiter.readLine()).isEqualTo("+PONG");
            }
        }
    }
}
