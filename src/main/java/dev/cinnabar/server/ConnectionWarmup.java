package dev.cinnabar.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Opens and closes a few thousand connections to a private loopback listener, built from the same
 * bootstrap as the real one, before the real port opens. Accepting, registering and closing a
 * connection runs once per connection, so the JIT leaves that path interpreted long after the request
 * path is compiled: a burst of 50 new connections with 16 GETs each took 7-9 ms to answer (Redis: 3-4 ms)
 * until about 4,000 connections had been made, and every redis-benchmark run, like every short-lived
 * client, starts with such a burst. The connections send nothing, so no command runs.
 */
final class ConnectionWarmup {

    private static final Logger log = LoggerFactory.getLogger(ConnectionWarmup.class);
    private static final long SETTLE_MILLIS = 10_000;

    private ConnectionWarmup() {
    }

    /**
     * Returns once the server has taken and closed every warm-up connection, or early (with a warning)
     * if it fell behind for long or no loopback listener could be made: the warm-up only speeds
     * things up, so it never stops a start.
     *
     * @param accepted how many connections the server has taken so far, warm-up ones included
     * @param open     how many the server holds now
     */
    static void run(ServerBootstrap bootstrap, int connections, int wave, LongSupplier accepted, IntSupplier open) {
        long started = System.nanoTime();
        Channel listener;
        try {
            listener = bootstrap.bind("127.0.0.1", 0).sync().channel();
        } catch (Exception e) {
            log.warn("Skipping the connection warm-up: no loopback listener ({})", e.toString());
            return;
        }
        long before = accepted.getAsLong();
        try {
            InetSocketAddress address = (InetSocketAddress) listener.localAddress();
            for (int done = 0; done < connections; ) {
                int count = Math.min(wave, connections - done);
                openAndClose(address, count);
                done += count;
                // One wave at a time, as benchmark runs come: a server left behind would find its
                // accept queue full, and a refused handshake is retried only a second later.
                if (!settle(before + done, accepted, open)) {
                    log.warn("Connection warm-up: the server had not taken {} connections after {} ms", done, SETTLE_MILLIS);
                    return;
                }
            }
        } catch (IOException e) {
            log.warn("Connection warm-up stopped early: {}", e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            listener.close().syncUninterruptibly();
        }
        log.info("Warmed up the connection path with {} loopback connections in {} ms", connections,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean settle(long target, LongSupplier accepted, IntSupplier open) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (accepted.getAsLong() < target || open.getAsInt() > 0) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(0, 200_000);
        }
        return true;
    }

    /** Connects a wave at once, as a client pool or a benchmark does, then closes it. */
    private static void openAndClose(InetSocketAddress address, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket(Proxy.NO_PROXY);
                sockets.add(socket);
                socket.connect(address);
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
