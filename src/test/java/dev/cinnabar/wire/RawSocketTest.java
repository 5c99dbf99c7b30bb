package dev.cinnabar.wire;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Byte-exact replies over a plain socket. */
class RawSocketTest extends SharedServerTest {

    @Test
    void pingAndPipelinedSetGet() throws IOException {
        try (RawClient client = new RawClient(port)) {
            client.send("*1\r\n$4\r\nPING\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$4\r\na\r\nb\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
            String expected = "+PONG\r\n+OK\r\n$4\r\na\r\nb\r\n";
            assertThat(client.read(expected.length())).isEqualTo(expected);
        }
    }

    @Test
    void aBigValueSentInPiecesComesBackWholeAndIsCountedAsInput() throws IOException {
        try (RawClient client = new RawClient(port)) {
            long before = inputBytes(client);
            StringBuilder value = new StringBuilder();
            for (int i = 0; value.length() < 300_000; i++) {
                value.append(i).append(',');
            }
            String set = "*3\r\n$3\r\nSET\r\n$9\r\nraw:big:1\r\n$" + value.length() + "\r\n" + value + "\r\n";
            for (int from = 0; from < set.length(); from += 70_000) {
                client.send(set.substring(from, Math.min(set.length(), from + 70_000)));
            }
            assertThat(client.readLine()).isEqualTo("+OK");
            client.send("GET raw:big:1\r\n");
            assertThat(client.readLine()).isEqualTo("$" + value.length());
            assertThat(client.read(value.length() + 2)).isEqualTo(value + "\r\n");
            // Other tests share the server, so only a lower bound holds.
            assertThat(inputBytes(client) - before).isGreaterThanOrEqualTo(set.length());
        }
    }

    @Test
    void bytesOfARequestStillArrivingAreCountedAsTheyCome() throws Exception {
        // Redis adds every read to total_net_input_bytes; a large upload shows in INFO before it completes.
        try (RawClient uploader = new RawClient(port); RawClient observer = new RawClient(port)) {
            long before = inputBytes(observer);
            String value = "x".repeat(400_000);
            uploader.send("*3\r\n$3\r\nSET\r\n$11\r\nraw:arrival\r\n$" + value.length() + "\r\n" + value.substring(0, 300_000));
            long grown = 0;
            for (int i = 0; i < 500 && grown < 200_000; i++) {
                Thread.sleep(20);
                grown = inputBytes(observer) - before;
            }
            assertThat(grown).isGreaterThanOrEqualTo(200_000);
            uploader.send(value.substring(300_000) + "\r\n");
            assertThat(uploader.readLine()).isEqualTo("+OK");
        }
    }

    /**
     * A reply larger than the socket takes at once is finished by Netty: it arrives whole, and the
     * replies of requests read meanwhile follow it.
     */
    @Test
    void repliesLargerThanTheSocketTakesStayInOrderWithLaterOnes() throws Exception {
        try (RawClient client = new RawClient(port)) {
            String value = "v".repeat(4 << 20);
            client.send("*3\r\n$3\r\nSET\r\n$9\r\nraw:big:2\r\n$" + value.length() + "\r\n" + value + "\r\n");
            assertThat(client.readLine()).isEqualTo("+OK");
            client.send("GET raw:big:2\r\n");
            Thread.sleep(50);
            client.send("ECHO one\r\n");
            Thread.sleep(50);
            client.send("GET raw:big:2\r\nECHO two\r\n");
            for (String last : new String[] {"one", "two"}) {
                assertThat(client.readLine()).isEqualTo("$" + value.length());
                assertThat(client.read(value.length() + 2)).isEqualTo(value + "\r\n");
                assertThat(client.readLine()).isEqualTo("$3");
                assertThat(client.readLine()).isEqualTo(last);
            }
        }
    }

    @Test
    void unfinishedRequestsOfSeveralConnectionsCompleteIntact() throws Exception {
        // Each connection's first half is read while the others' halves are still held: the event loop's
        // read buffer must not be handed to one connection while another's unfinished bytes are in it.
        try (RawClient a = new RawClient(port); RawClient b = new RawClient(port); RawClient c = new RawClient(port);
             RawClient other = new RawClient(port)) {
            RawClient[] clients = {a, b, c};
            for (int i = 0; i < clients.length; i++) {
                clients[i].send("*3\r\n$3\r\nSET\r\n$13\r\nraw:partial:" + i + "\r\n$5\r\nva");
                Thread.sleep(30);
            }
            other.send("ECHO meanwhile\r\n");
            assertThat(other.readLine()).isEqualTo("$9");
            assertThat(other.readLine()).isEqualTo("meanwhile");
            for (int i = clients.length - 1; i >= 0; i--) {
                clients[i].send("l-" + i + "\r\n*2\r\n$3\r\nGET\r\n$13\r\nraw:partial:" + i + "\r\n");
                Thread.sleep(30);
            }
            for (int i = 0; i < clients.length; i++) {
                assertThat(clients[i].readLine()).isEqualTo("+OK");
                assertThat(clients[i].readLine()).isEqualTo("$5");
                assertThat(clients[i].readLine()).isEqualTo("val-" + i);
            }
        }
    }

    private static long inputBytes(RawClient client) throws IOException {
        client.send("INFO stats\r\n");
        int length = Integer.parseInt(client.readLine().substring(1));
        String info = client.read(length + 2);
        Matcher m = Pattern.compile("total_net_input_bytes:(\\d+)").matcher(info);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void unknownCommandQuotesItsArguments() throws IOException {
        try (RawClient client = new RawClient(port)) {
            client.send("foo bar 'baz qux'\r\n");
            assertThat(client.readLine()).isEqualTo("-ERR unknown command 'foo', with args beginning with: 'bar' 'baz qux' ");
        }
    }

    @Test
    void protocolErrorRepliesThenCloses() throws IOException {
        try (RawClient client = new RawClient(port)) {
            client.send("*1\r\n$4\r\nPING\r\n*x\r\n");
            assertThat(client.readLine()).isEqualTo("+PONG");
            assertThat(client.readLine()).isEqualTo("-ERR Protocol error: invalid multibulk length");
            assertThat(client.isClosedByServer()).isTrue();
        }
    }
}
