package dev.cinnabar.command;

import dev.cinnabar.resp.Reply;

/**
 * What a blocked client needs of its connection: a reply written outside the client's own read (when
 * another client's push serves it, or its timeout fires), and a timer. The network layer implements it;
 * commands never see it.
 */
public interface ClientConnection {

    /** Starts a reply to the blocked client; called under the execution lock. */
    Reply openReply();

    /** Sends what was written since {@link #openReply} and lets the client's queued requests run. */
    void sendReply();

    /** Drops what was written since {@link #openReply}: the client stays blocked. */
    void discardReply();

    /** Runs {@code task} on the connection's thread after {@code delayMillis}; the returned action cancels it. */
    Runnable schedule(Runnable task, long delayMillis);
}
