package dev.cinnabar.resp;

import java.nio.charset.StandardCharsets;

/**
 * A request the decoder could not parse. It travels down the pipeline as a message (rather than an
 * exception) so that the commands decoded before it in the same read still run, in order, before the
 * error reply is written and the connection is closed, exactly as Redis does.
 *
 * @param message the text after "Protocol error: "; one char per byte, as the offending byte may be any
 */
public record ProtocolError(String message) {

    /** The whole error reply. Redis turns CR and LF into spaces so the message stays one line. */
    public byte[] reply() {
        String text = "-ERR Protocol error: " + message.replace('\r', ' ').replace('\n', ' ') + "\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
