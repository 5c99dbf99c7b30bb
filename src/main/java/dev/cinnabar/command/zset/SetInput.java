package dev.cinnabar.command.zset;

import dev.cinnabar.command.set.SetValue;

/** A plain set as an input of ZUNION, ZINTER, ZDIFF and their kin: every member scores 1, as in Redis. */
final class SetInput implements ScoredInput {

    private static final double SCORE = 1;

    private final SetValue set;

    SetInput(SetValue set) {
        this.set = set;
    }

    @Override
    public int size() {
        return set.size();
    }

    @Override
    public double score(byte[] member) {
        return set.contains(member) ? SCORE : Double.NaN;
    }

    @Override
    public void forEach(Layout.Visitor visitor) {
        set.forEach(member -> visitor.visit(member, SCORE));
    }
}
