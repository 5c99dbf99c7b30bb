package dev.cinnabar.command.keys;

import dev.cinnabar.command.RespText;

/** Expected RESP2 replies, spelled out once for the key command tests. */
final class KeyTestSupport extends RespText {

    static final String NULL = "$-1\r\n";
    static final String NOT_AN_INTEGER = "-ERR value is not an integer or out of range\r\n";

    private KeyTestSupport() {
    }
}
