package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Reply;

/**
 * The ZRANGE family: ZRANGE and ZRANGESTORE, whose options choose the kind of range and the direction,
 * and the older commands that fix them (ZREVRANGE, ZRANGEBYSCORE, ZREVRANGEBYLEX...). All share Redis's
 * parsing, in which an option the command fixes is a syntax error.
 */
abstract class RangeCommand extends SpecifiedCommand {

    /** What the min and max arguments are. */
    enum By { CHOSEN, RANK, SCORE, LEX }

    enum Order { CHOSEN, FORWARD, REVERSE }

    private static final RedisError LIMIT_NEEDS_BY =
            new RedisError("ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
    private static final RedisError NO_SCORES_BY_LEX =
            new RedisError("ERR syntax error, WITHSCORES not supported in combination with BYLEX");

    private final By fixedBy;
    private final Order fixedOrder;
    private final boolean store;
    private final Settings settings;

    /** For a command that stores its result, the destination is argument 1 and the source argument 2. */
    RangeCommand(CommandSpec spec, By by, Order order, boolean store, Settings settings) {
        super(spec);
        this.fixedBy = by;
        this.fixedOrder = order;
        this.store = store;
        this.settings = settings;
    }

    @Override
    public final void execute(Call call) {
        int keyIndex = store ? 2 : 1;
        By by = fixedBy;
        Order order = fixedOrder;
        boolean withScores = false;
        long offset = 0;
        long limit = -1;
        for (int i = keyIndex + 3; i < call.argc(); i++) {
            if (!store && call.is(i, "withscores")) {
                withScores = true;
            } else if (call.is(i, "limit") && call.argc() - i - 1 >= 2) {
                offset = call.integer(i + 1);
                limit = call.integer(i + 2);
                i += 2;
            } else if (order == Order.CHOSEN && call.is(i, "rev")) {
                order = Order.REVERSE;
            } else if (by == By.CHOSEN && call.is(i, "bylex")) {
                by = By.LEX;
            } else if (by == By.CHOSEN && call.is(i, "byscore")) {
                by = By.SCORE;
            } else {
                throw RedisError.SYNTAX;
            }
        }
        by = by == By.CHOSEN ? By.RANK : by;
        boolean reverse = order == Order.REVERSE;
        // Like Redis, a LIMIT whose count is -1 counts as no LIMIT at all.
        if (limit != -1 && by == By.RANK) {
            throw LIMIT_NEEDS_BY;
        }
        if (withScores && by == By.LEX) {
            throw NO_SCORES_BY_LEX;
        }
        // Reversed score and lex ranges are written max first.
        boolean swap = reverse && by != By.RANK;
        byte[] min = call.arg(keyIndex + (swap ? 2 : 1));
        byte[] max = call.arg(keyIndex + (swap ? 1 : 2));
        Span span = switch (by) {
            case SCORE -> Range.ofScores(min, max);
            case LEX -> Range.ofMembers(min, max);
            default -> Span.ofRanks(call.integer(keyIndex + 1), call.integer(keyIndex + 2));
        };
        SortedSet zset = TypedKeys.read(call, call.arg(keyIndex), SortedSet.class);
        Selection selection = zset == null ? null : select(zset, span, by == By.RANK, reverse, offset, limit);
        if (store) {
            store(call, selection);
        } else if (selection == null) {
            call.reply().array(0);
        } else {
            send(call.reply(), selection, withScores);
        }
    }

    /** {@code length} elements from rank {@code first}, walking down the ranks when {@code descending}. */
    private record Selection(SortedSet zset, int first, int length, boolean descending) {
        Cursor cursor() {
            return zset.at(first);
        }

        void step(Cursor cursor) {
            if (descending) {
                cursor.previous();
            } else {
                cursor.next();
            }
        }
    }

    private static Selection select(SortedSet zset, Span span, boolean byRank, boolean reverse, long offset, long limit) {
        Span.Ranks ranks = span.ranks(zset);
        int length = ranks.length();
        if (byRank) {
            // Reversed ranks count from the highest score: rank r is ascending rank size - 1 - r.
            return new Selection(zset, reverse ? zset.size() - 1 - ranks.from() : ranks.from(), length, reverse);
        }
        // A negative offset selects nothing, a negative count everything after the offset.
        if (offset < 0 || offset >= length) {
            return new Selection(zset, 0, 0, reverse);
        }
        int available = length - (int) offset;
        int taken = limit < 0 ? available : (int) Math.min(available, limit);
        int first = reverse ? ranks.to() - 1 - (int) offset : ranks.from() + (int) offset;
        return new Selection(zset, first, taken, reverse);
    }

    private static void send(Reply reply, Selection selection, boolean withScores) {
        ElementReplies.begin(reply, selection.length(), withScores);
        if (selection.length() == 0) {
            return;
        }
        Cursor cursor = selection.cursor();
        for (int i = 0; i < selection.length(); i++, selection.step(cursor)) {
            ElementReplies.element(reply, cursor.member(), cursor.score(), withScores);
        }
    }

    /** ZRANGESTORE: the selection replaces the destination, whatever it held; an empty one deletes it. */
    private void store(Call call, Selection selection) {
        byte[] destination = call.arg(1);
        int length = selection == null ? 0 : selection.length();
        if (length == 0) {
            call.database().delete(destination, call.now());
            call.reply().integer(0);
            return;
        }
        ElementList elements = new ElementList(length);
        Cursor cursor = selection.cursor();
        for (int i = 0; i < length; i++, selection.step(cursor)) {
            elements.add(cursor.member(), cursor.score());
        }
        if (selection.descending()) {
            elements.reverse();
        }
        call.database().put(destination, SortedSet.of(elements, settings), call.now());
        call.reply().integer(length);
    }
}
