package dev.cinnabar.command.zset;

import dev.cinnabar.resp.Reply;

/**
 * Replies that list members, optionally with their scores: in RESP2 one flat array (member, score,
 * member, score...), in RESP3 an array of [member, score] pairs with the score a double, as Redis sends
 * them (a map would lose the order).
 */
final class ElementReplies {

    private ElementReplies() {
    }

    static void begin(Reply reply, int elements, boolean withScores) {
        reply.array(withScores && !reply.resp3() ? 2 * elements : elements);
    }

    static void element(Reply reply, byte[] member, double score, boolean withScores) {
        if (withScores && reply.resp3()) {
            reply.array(2);
        }
        reply.bulk(member);
        if (withScores) {
            reply.doubleValue(score);
        }
    }
}
