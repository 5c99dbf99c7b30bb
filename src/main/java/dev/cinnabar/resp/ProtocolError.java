package dev.cinnabar.resp;

/**
 * A request the decoder could not parse. It travels down the pipeline as a message (rather than an
 * exception) so that the commands decoded before it in the same read still run, in order, before the
 * error reply is written and the connection is closed, exactly as Redis does.
 */
public record ProtocolError(String message) {

    public String reply() {
        return "ERR Protocol error: " + message;
    }
}
