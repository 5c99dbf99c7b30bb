package dev.cinnabar.command.zset;

import java.util.Arrays;

/**
 * A cut through the order of a sorted set: the elements below it form a prefix, so every range query
 * becomes two cuts and every count a difference of prefix lengths. Elements are ordered by score, then
 * by member as unsigned bytes; scores compare with {@code <} and {@code ==}, so -0 and 0 tie, as in Redis.
 */
abstract class Cut {

    /** Whether the element lies below the cut; the member is {@code len} bytes of {@code buf} from {@code off}. */
    abstract boolean below(double score, byte[] buf, int off, int len);

    final boolean below(double score, byte[] member) {
        return below(score, member, 0, member.length);
    }

    /** Everything is below it. */
    static final Cut ALL = new Cut() {
        @Override
        boolean below(double score, byte[] buf, int off, int len) {
            return true;
        }
    };

    /** Nothing is below it. */
    static final Cut NONE = new Cut() {
        @Override
        boolean below(double score, byte[] buf, int off, int len) {
            return false;
        }
    };

    /** Below a score: under it, or also at it when {@code inclusive}. */
    static Cut score(double bound, boolean inclusive) {
        return new ScoreCut(bound, inclusive);
    }

    /** Below a member, ignoring scores (meaningful when all scores are equal): under it, or also at it. */
    static Cut member(byte[] bound, boolean inclusive) {
        return new MemberCut(bound, inclusive);
    }

    /** Exactly the elements that sort before the element ({@code score}, {@code member}): its rank. */
    static Cut before(double score, byte[] member) {
        return new ElementCut(score, member, false);
    }

    /** The elements that sort before the element ({@code score}, {@code member}), and the element itself. */
    static Cut upTo(double score, byte[] member) {
        return new ElementCut(score, member, true);
    }

    /** Compares two elements in sorted-set order. */
    static int compare(double score, byte[] member, double otherScore, byte[] otherMember) {
        if (score < otherScore) {
            return -1;
        }
        if (score > otherScore) {
            return 1;
        }
        return Arrays.compareUnsigned(member, otherMember);
    }

    private static final class ScoreCut extends Cut {
        private final double bound;
        private final boolean inclusive;

        ScoreCut(double bound, boolean inclusive) {
            this.bound = bound;
            this.inclusive = inclusive;
        }

        @Override
        boolean below(double score, byte[] buf, int off, int len) {
            return score < bound || (inclusive && score == bound);
        }
    }

    private static final class MemberCut extends Cut {
        private final byte[] bound;
        private final boolean inclusive;

        MemberCut(byte[] bound, boolean inclusive) {
            this.bound = bound;
            this.inclusive = inclusive;
        }

        @Override
        boolean below(double score, byte[] buf, int off, int len) {
            int c = Arrays.compareUnsigned(buf, off, off + len, bound, 0, bound.length);
            return c < 0 || (inclusive && c == 0);
        }
    }

    private static final class ElementCut extends Cut {
        private final double score;
        private final byte[] member;
        private final boolean inclusive;

        ElementCut(double score, byte[] member, boolean inclusive) {
            this.score = score;
            this.member = member;
            this.inclusive = inclusive;
        }

        @Override
        boolean below(double s, byte[] buf, int off, int len) {
            if (s != score) {
                return s < score;
            }
            int c = Arrays.compareUnsigned(buf, off, off + len, member, 0, member.length);
            return c < 0 || (inclusive && c == 0);
        }
    }
}
