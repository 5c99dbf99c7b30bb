package dev.cinnabar.command.zset;

/**
 * A position on one element of a sorted set, stepping in rank order. It stays valid only while the set
 * is not changed; callers that remove elements first collect what they will remove.
 */
interface Cursor {

    /** The member; callers must not change the array. */
    byte[] member();

    double score();

    /** Moves to the next higher rank. */
    void next();

    /** Moves to the next lower rank. */
    void previous();
}
