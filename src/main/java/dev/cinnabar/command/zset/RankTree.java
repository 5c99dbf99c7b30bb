package dev.cinnabar.command.zset;

import java.util.Arrays;

/**
 * The order of a large sorted set: a B+tree of (score, member) pairs whose branches record how many
 * elements lie under each child, so the element at a rank, the rank of an element and the length of a
 * range all take O(log n), as with Redis's skip list and its spans. A leaf holds its elements in two
 * arrays (scores and member references), which costs about twelve bytes per element instead of a node
 * object with forward pointers per element; the member arrays are shared with the hash table.
 *
 * <p>Each branch keeps, for every child but the first, a lower bound: an element (not necessarily still
 * present) that sorts after everything in the children before it and not after anything in that child.
 * Deleting an element never has to update a bound, since a removed element still separates its
 * neighbours.
 */
final class RankTree {

    static final int LEAF_CAPACITY = 64;
    static final int BRANCH_CAPACITY = 64;
    private static final int LEAF_MIN = LEAF_CAPACITY / 2;
    private static final int BRANCH_MIN = BRANCH_CAPACITY / 2;

    private Node root;
    private Leaf first;
    private Leaf last;
    private int size;

    /** The lower bound of the node the last split produced, handed up to the parent. */
    private double splitScore;
    private byte[] splitMember;

    RankTree() {
        Leaf leaf = new Leaf();
        root = leaf;
        first = leaf;
        last = leaf;
    }

    /** A tree of {@code n} elements given in order, with leaves and branches filled evenly. */
    static RankTree build(double[] scores, byte[][] members, int n) {
        RankTree tree = new RankTree();
        if (n == 0) {
            return tree;
        }
        int leafCount = (n + LEAF_CAPACITY - 1) / LEAF_CAPACITY;
        Node[] level = new Node[leafCount];
        Leaf previous = null;
        int from = 0;
        for (int i = 0; i < leafCount; i++) {
            int count = n / leafCount + (i < n % leafCount ? 1 : 0);
            Leaf leaf = new Leaf();
            System.arraycopy(scores, from, leaf.scores, 0, count);
            System.arraycopy(members, from, leaf.members, 0, count);
            leaf.count = count;
            from += count;
            leaf.prev = previous;
            if (previous != null) {
                previous.next = leaf;
            }
            previous = leaf;
            level[i] = leaf;
        }
        tree.first = (Leaf) level[0];
        tree.last = previous;
        int width = leafCount;
        while (width > 1) {
            int branchCount = (width + BRANCH_CAPACITY - 1) / BRANCH_CAPACITY;
            int child = 0;
            for (int i = 0; i < branchCount; i++) {
                int count = width / branchCount + (i < width % branchCount ? 1 : 0);
                Branch branch = new Branch();
                for (int j = 0; j < count; j++) {
                    Node node = level[child++];
                    branch.children[j] = node;
                    branch.sizes[j] = weight(node);
                    Leaf leftmost = leftmostLeaf(node);
                    branch.lowScores[j] = leftmost.scores[0];
                    branch.lowMembers[j] = leftmost.members[0];
                }
                branch.lowMembers[0] = null;
                branch.count = count;
                level[i] = branch;
            }
            width = branchCount;
        }
        tree.root = level[0];
        tree.size = n;
        return tree;
    }

    int size() {
        return size;
    }

    /** Adds an element that is not in the tree. */
    void insert(double score, byte[] member) {
        Node sibling = insert(root, Cut.upTo(score, member), score, member, true);
        if (sibling != null) {
            Branch top = new Branch();
            top.children[0] = root;
            top.sizes[0] = weight(root);
            top.children[1] = sibling;
            top.sizes[1] = weight(sibling);
            top.lowScores[1] = splitScore;
            top.lowMembers[1] = splitMember;
            top.count = 2;
            root = top;
            splitMember = null;
        }
        size++;
    }

    /** Removes an element that is in the tree. */
    void delete(double score, byte[] member) {
        int rank = count(Cut.before(score, member));
        if (rank == size) {
            throw new IllegalStateException("element not in the tree");
        }
        remove(rank, member);
    }

    /**
     * Removes the element at that rank, which must exist, and returns its member. Popping from either end
     * finds its way by the branches' sizes, without comparing a single element.
     */
    byte[] deleteAt(int rank) {
        return remove(rank, null);
    }

    /** Removes the element at {@code rank}, first checking, when {@code expected} is given, that it is that member. */
    private byte[] remove(int rank, byte[] expected) {
        byte[] removed = remove(root, rank, expected);
        size--;
        if (root instanceof Branch branch && branch.count == 1) {
            root = branch.children[0];
        }
        return removed;
    }

    /** How many elements lie below the cut. */
    int count(Cut cut) {
        int below = 0;
        Node node = root;
        while (node instanceof Branch branch) {
            int child = firstNotBelow(branch.lowScores, branch.lowMembers, 1, branch.count, cut) - 1;
            for (int i = 0; i < child; i++) {
                below += branch.sizes[i];
            }
            node = branch.children[child];
        }
        Leaf leaf = (Leaf) node;
        return below + firstNotBelow(leaf.scores, leaf.members, 0, leaf.count, cut);
    }

    /** A cursor on the element of that rank, which must exist. */
    Position at(int rank) {
        Node node = root;
        while (node instanceof Branch branch) {
            int child = 0;
            while (rank >= branch.sizes[child]) {
                rank -= branch.sizes[child++];
            }
            node = branch.children[child];
        }
        return new Position((Leaf) node, rank);
    }

    /** Copies the elements in order into the arrays. */
    void copyTo(double[] scores, byte[][] members) {
        int n = 0;
        for (Leaf leaf = first; leaf != null; leaf = leaf.next) {
            System.arraycopy(leaf.scores, 0, scores, n, leaf.count);
            System.arraycopy(leaf.members, 0, members, n, leaf.count);
            n += leaf.count;
        }
    }

    /** Inserts below {@code node}; {@code at} is the cut just after the new element, made once per insert. */
    private Node insert(Node node, Cut at, double score, byte[] member, boolean rightmost) {
        if (node instanceof Leaf leaf) {
            return insert(leaf, firstNotBelow(leaf.scores, leaf.members, 0, leaf.count, at), score, member);
        }
        Branch branch = (Branch) node;
        // The child whose range holds the element: the last whose lower bound is not above it.
        int i = firstNotBelow(branch.lowScores, branch.lowMembers, 1, branch.count, at) - 1;
        branch.sizes[i]++;
        Node split = insert(branch.children[i], at, score, member, rightmost && i == branch.count - 1);
        if (split == null) {
            return null;
        }
        int moved = weight(split);
        branch.sizes[i] -= moved;
        return insertChild(branch, i + 1, split, moved, rightmost);
    }

    /** Inserts into a leaf at {@code pos}, splitting a full one; returns the new right sibling, if any. */
    private Leaf insert(Leaf leaf, int pos, double score, byte[] member) {
        if (leaf.count < LEAF_CAPACITY) {
            leaf.put(pos, score, member);
            return null;
        }
        // Ascending or descending runs of inserts (time-ordered scores) fill leaves completely.
        int keep;
        if (pos == leaf.count && leaf.next == null) {
            keep = leaf.count;
        } else if (pos == 0 && leaf.prev == null) {
            keep = 0;
        } else {
            keep = leaf.count / 2;
        }
        Leaf right = new Leaf();
        int moving = leaf.count - keep;
        System.arraycopy(leaf.scores, keep, right.scores, 0, moving);
        System.arraycopy(leaf.members, keep, right.members, 0, moving);
        Arrays.fill(leaf.members, keep, leaf.count, null);
        right.count = moving;
        leaf.count = keep;
        right.prev = leaf;
        right.next = leaf.next;
        if (leaf.next != null) {
            leaf.next.prev = right;
        } else {
            last = right;
        }
        leaf.next = right;
        if (pos <= keep && keep < LEAF_CAPACITY) {
            leaf.put(pos, score, member);
        } else {
            right.put(pos - keep, score, member);
        }
        splitScore = right.scores[0];
        splitMember = right.members[0];
        return right;
    }

    /**
     * Inserts {@code child} (with {@code weight} elements and the lower bound in splitScore/splitMember)
     * at index {@code at}, splitting a full branch; returns the new right sibling, if any, and leaves its
     * lower bound in splitScore/splitMember.
     */
    private Branch insertChild(Branch branch, int at, Node child, int weight, boolean rightmost) {
        double lowScore = splitScore;
        byte[] lowMember = splitMember;
        if (branch.count < BRANCH_CAPACITY) {
            branch.put(at, child, weight, lowScore, lowMember);
            return null;
        }
        int keep = rightmost && at == branch.count ? branch.count : branch.count / 2;
        Branch right = new Branch();
        int moving = branch.count - keep;
        double promotedScore = keep < branch.count ? branch.lowScores[keep] : lowScore;
        byte[] promotedMember = keep < branch.count ? branch.lowMembers[keep] : lowMember;
        System.arraycopy(branch.children, keep, right.children, 0, moving);
        System.arraycopy(branch.sizes, keep, right.sizes, 0, moving);
        System.arraycopy(branch.lowScores, keep, right.lowScores, 0, moving);
        System.arraycopy(branch.lowMembers, keep, right.lowMembers, 0, moving);
        Arrays.fill(branch.children, keep, branch.count, null);
        Arrays.fill(branch.lowMembers, keep, branch.count, null);
        right.lowMembers[0] = null;
        right.count = moving;
        branch.count = keep;
        if (at <= keep && keep < BRANCH_CAPACITY) {
            branch.put(at, child, weight, lowScore, lowMember);
        } else {
            right.put(at - keep, child, weight, lowScore, lowMember);
        }
        splitScore = promotedScore;
        splitMember = promotedMember;
        return right;
    }

    private byte[] remove(Node node, int rank, byte[] expected) {
        if (node instanceof Leaf leaf) {
            byte[] member = leaf.members[rank];
            // Checked at the leaf before anything moves: the branches' sizes change only on the way back up.
            if (expected != null && !Arrays.equals(member, expected)) {
                throw new IllegalStateException("element not in the tree");
            }
            leaf.remove(rank, 1);
            return member;
        }
        Branch branch = (Branch) node;
        int i = 0;
        while (rank >= branch.sizes[i]) {
            rank -= branch.sizes[i++];
        }
        Node child = branch.children[i];
        byte[] member = remove(child, rank, expected);
        branch.sizes[i]--;
        if (child.count < (child instanceof Leaf ? LEAF_MIN : BRANCH_MIN)) {
            rebalance(branch, i);
        }
        return member;
    }

    /** Merges child {@code i} with a neighbour, or evens their sizes when together they would not fit. */
    private void rebalance(Branch parent, int i) {
        int l = i > 0 ? i - 1 : i;
        Node left = parent.children[l];
        Node right = parent.children[l + 1];
        if (left instanceof Leaf leftLeaf) {
            Leaf rightLeaf = (Leaf) right;
            if (leftLeaf.count + rightLeaf.count <= LEAF_CAPACITY) {
                mergeLeaves(leftLeaf, rightLeaf);
                parent.sizes[l] += parent.sizes[l + 1];
                parent.remove(l + 1);
            } else {
                evenLeaves(parent, l, leftLeaf, rightLeaf);
            }
        } else {
            Branch leftBranch = (Branch) left;
            Branch rightBranch = (Branch) right;
            if (leftBranch.count + rightBranch.count <= BRANCH_CAPACITY) {
                rightBranch.lowScores[0] = parent.lowScores[l + 1];
                rightBranch.lowMembers[0] = parent.lowMembers[l + 1];
                leftBranch.append(rightBranch, 0, rightBranch.count);
                parent.sizes[l] += parent.sizes[l + 1];
                parent.remove(l + 1);
            } else {
                evenBranches(parent, l, leftBranch, rightBranch);
            }
        }
    }

    private void mergeLeaves(Leaf left, Leaf right) {
        System.arraycopy(right.scores, 0, left.scores, left.count, right.count);
        System.arraycopy(right.members, 0, left.members, left.count, right.count);
        left.count += right.count;
        left.next = right.next;
        if (right.next != null) {
            right.next.prev = left;
        } else {
            last = left;
        }
    }

    private static void evenLeaves(Branch parent, int l, Leaf left, Leaf right) {
        int target = (left.count + right.count) / 2;
        if (left.count < target) {
            int k = target - left.count;
            System.arraycopy(right.scores, 0, left.scores, left.count, k);
            System.arraycopy(right.members, 0, left.members, left.count, k);
            left.count += k;
            right.remove(0, k);
        } else {
            int k = left.count - target;
            right.open(0, k);
            System.arraycopy(left.scores, target, right.scores, 0, k);
            System.arraycopy(left.members, target, right.members, 0, k);
            left.remove(target, k);
        }
        parent.sizes[l] = left.count;
        parent.sizes[l + 1] = right.count;
        parent.lowScores[l + 1] = right.scores[0];
        parent.lowMembers[l + 1] = right.members[0];
    }

    private static void evenBranches(Branch parent, int l, Branch left, Branch right) {
        int target = (left.count + right.count) / 2;
        int moved = 0;
        if (left.count < target) {
            int k = target - left.count;
            right.lowScores[0] = parent.lowScores[l + 1];
            right.lowMembers[0] = parent.lowMembers[l + 1];
            for (int j = 0; j < k; j++) {
                moved += right.sizes[j];
            }
            left.append(right, 0, k);
            parent.lowScores[l + 1] = right.lowScores[k];
            parent.lowMembers[l + 1] = right.lowMembers[k];
            right.remove(0, k);
            parent.sizes[l] += moved;
            parent.sizes[l + 1] -= moved;
        } else {
            int k = left.count - target;
            right.open(0, k);
            right.lowScores[k] = parent.lowScores[l + 1];
            right.lowMembers[k] = parent.lowMembers[l + 1];
            System.arraycopy(left.children, target, right.children, 0, k);
            System.arraycopy(left.sizes, target, right.sizes, 0, k);
            System.arraycopy(left.lowScores, target, right.lowScores, 0, k);
            System.arraycopy(left.lowMembers, target, right.lowMembers, 0, k);
            for (int j = 0; j < k; j++) {
                moved += right.sizes[j];
            }
            parent.lowScores[l + 1] = right.lowScores[0];
            parent.lowMembers[l + 1] = right.lowMembers[0];
            right.lowMembers[0] = null;
            Arrays.fill(left.children, target, left.count, null);
            Arrays.fill(left.lowMembers, target, left.count, null);
            left.count = target;
            parent.sizes[l] -= moved;
            parent.sizes[l + 1] += moved;
        }
    }

    /** The first index in {@code [from, to)} whose element is not below the cut, by binary search. */
    private static int firstNotBelow(double[] scores, byte[][] members, int from, int to, Cut cut) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cut.below(scores[mid], members[mid])) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int weight(Node node) {
        if (node instanceof Leaf leaf) {
            return leaf.count;
        }
        Branch branch = (Branch) node;
        int total = 0;
        for (int i = 0; i < branch.count; i++) {
            total += branch.sizes[i];
        }
        return total;
    }

    private static Leaf leftmostLeaf(Node node) {
        while (node instanceof Branch branch) {
            node = branch.children[0];
        }
        return (Leaf) node;
    }

    /** A leaf or a branch; {@code count} is how many entries or children it holds. */
    private abstract static class Node {
        int count;
    }

    private static final class Leaf extends Node {
        final double[] scores = new double[LEAF_CAPACITY];
        final byte[][] members = new byte[LEAF_CAPACITY][];
        Leaf prev;
        Leaf next;

        void put(int pos, double score, byte[] member) {
            open(pos, 1);
            scores[pos] = score;
            members[pos] = member;
        }

        /** Makes room for {@code k} entries at {@code pos}. */
        void open(int pos, int k) {
            System.arraycopy(scores, pos, scores, pos + k, count - pos);
            System.arraycopy(members, pos, members, pos + k, count - pos);
            count += k;
        }

        void remove(int pos, int k) {
            System.arraycopy(scores, pos + k, scores, pos, count - pos - k);
            System.arraycopy(members, pos + k, members, pos, count - pos - k);
            count -= k;
            Arrays.fill(members, count, count + k, null);
        }
    }

    private static final class Branch extends Node {
        final Node[] children = new Node[BRANCH_CAPACITY];
        final int[] sizes = new int[BRANCH_CAPACITY];
        final double[] lowScores = new double[BRANCH_CAPACITY];
        final byte[][] lowMembers = new byte[BRANCH_CAPACITY][];

        void put(int at, Node child, int weight, double lowScore, byte[] lowMember) {
            open(at, 1);
            children[at] = child;
            sizes[at] = weight;
            lowScores[at] = lowScore;
            lowMembers[at] = lowMember;
        }

        /** Makes room for {@code k} children at index {@code at}. */
        void open(int at, int k) {
            System.arraycopy(children, at, children, at + k, count - at);
            System.arraycopy(sizes, at, sizes, at + k, count - at);
            System.arraycopy(lowScores, at, lowScores, at + k, count - at);
            System.arraycopy(lowMembers, at, lowMembers, at + k, count - at);
            count += k;
        }

        /** Appends {@code k} children of {@code other} from index {@code from}, bounds included. */
        void append(Branch other, int from, int k) {
            System.arraycopy(other.children, from, children, count, k);
            System.arraycopy(other.sizes, from, sizes, count, k);
            System.arraycopy(other.lowScores, from, lowScores, count, k);
            System.arraycopy(other.lowMembers, from, lowMembers, count, k);
            count += k;
        }

        void remove(int at) {
            remove(at, 1);
        }

        void remove(int at, int k) {
            System.arraycopy(children, at + k, children, at, count - at - k);
            System.arraycopy(sizes, at + k, sizes, at, count - at - k);
            System.arraycopy(lowScores, at + k, lowScores, at, count - at - k);
            System.arraycopy(lowMembers, at + k, lowMembers, at, count - at - k);
            count -= k;
            Arrays.fill(children, count, count + k, null);
            Arrays.fill(lowMembers, count, count + k, null);
            lowMembers[0] = null;
        }
    }

    /** A cursor over the leaves. */
    static final class Position implements Cursor {
        private Leaf leaf;
        private int index;

        private Position(Leaf leaf, int index) {
            this.leaf = leaf;
            this.index = index;
        }

        @Override
        public byte[] member() {
            return leaf.members[index];
        }

        @Override
        public double score() {
            return leaf.scores[index];
        }

        @Override
        public void next() {
            if (++index == leaf.count && leaf.next != null) {
                leaf = leaf.next;
                index = 0;
            }
        }

        @Override
        public void previous() {
            if (--index < 0 && leaf.prev != null) {
                leaf = leaf.prev;
                index = leaf.count - 1;
            }
        }
    }
}
