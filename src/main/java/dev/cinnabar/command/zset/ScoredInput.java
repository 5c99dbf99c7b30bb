package dev.cinnabar.command.zset;

/** One input of ZUNION, ZINTER, ZDIFF and their kin: a sorted set, or a plain set whose members all score 1. */
interface ScoredInput {

    int size();

    /** The member's score, or NaN when it is absent. */
    double score(byte[] member);

    /** Visits every element once, in no particular order. */
    void forEach(Layout.Visitor visitor);
}
