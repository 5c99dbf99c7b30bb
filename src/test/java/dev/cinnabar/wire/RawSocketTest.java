package dev.cinnabar.wire;

import org.junit.jupiter.api.Test;

import java.io.IOException;

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
