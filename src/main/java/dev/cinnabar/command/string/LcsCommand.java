package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]: the longest common subsequence of two strings. */
@Component
final class LcsCommand extends SpecifiedCommand {

    private static final byte[] EMPTY = new byte[0];
    private static final RedisError NOT_STRINGS = new RedisError("ERR The specified keys must contain string values");
    private static final RedisError LEN_AND_IDX =
            new RedisError("ERR If you want both the length and indexes, please just use IDX.");
    private static final RedisError OVER_LIMIT =
            new RedisError("ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
    private static final RedisError NO_MEMORY =
            new RedisError("ERR Insufficient memory, failed allocating transient memory for LCS");

    private final Settings settings;

    LcsCommand(Settings settings) {
        super(CommandSpec.of("lcs", -3, Group.STRING)
                .flags(Flag.READONLY).keys(1, 2, 1).since("7.0.0")
                .summary("Find longest common substring"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        Entry first = db.read(call.arg(1), call.now());
        Entry second = db.read(call.arg(2), call.now());
        if ((first != null && !Strings.isString(first.value())) || (second != null && !Strings.isString(second.value()))) {
            throw NOT_STRINGS;
        }
        byte[] a = first == null ? EMPTY : Strings.bytes(first.value());
        byte[] b = second == null ? EMPTY : Strings.bytes(second.value());
        boolean idx = false;
        boolean len = false;
        boolean withMatchLen = false;
        long minMatchLen = 0;
        for (int i = 3; i < call.argc(); i++) {
            String option = call.option(i);
            if (option.equals("idx")) {
                idx = true;
            } else if (option.equals("len")) {
                len = true;
            } else if (option.equals("withmatchlen")) {
                withMatchLen = true;
            } else if (option.equals("minmatchlen") && i + 1 < call.argc()) {
                minMatchLen = Math.max(0, call.integer(++i));
            } else {
                throw RedisError.SYNTAX;
            }
        }
        if (idx && len) {
            throw LEN_AND_IDX;
        }
        Table table = new Table(a, b, settings.protoMaxBulkLen());
        if (idx) {
            replyMatches(call.reply(), table, minMatchLen, withMatchLen);
        } else if (len) {
            call.reply().integer(table.length());
        } else {
            call.reply().bulk(table.subsequence());
        }
    }

    /** IDX: the matching ranges, last first, as Redis walks the table back from the end of both strings. */
    private static void replyMatches(Reply reply, Table table, long minMatchLen, boolean withMatchLen) {
        List<int[]> matches = table.matches(minMatchLen);
        reply.map(2);
        reply.bulk("matches");
        reply.array(matches.size());
        for (int[] match : matches) {
            reply.array(withMatchLen ? 3 : 2);
            reply.array(2);
            reply.integer(match[0]);
            reply.integer(match[1]);
            reply.array(2);
            reply.integer(match[2]);
            reply.integer(match[3]);
            if (withMatchLen) {
                reply.integer(match[1] - match[0] + 1);
            }
        }
        reply.bulk("len");
        reply.integer(table.length());
    }

    /** The dynamic-programming table: cell (i, j) holds the LCS length of a's first i and b's first j bytes. */
    private static final class Table {
        private final byte[] a;
        private final byte[] b;
        private final int columns;
        private final int[] cells;

        Table(byte[] a, byte[] b, long memoryLimit) {
            this.a = a;
            this.b = b;
            this.columns = b.length + 1;
            long size = (long) (a.length + 1) * columns;
            if (size * Integer.BYTES > memoryLimit) {
                throw OVER_LIMIT;
            }
            cells = allocate(size);
            for (int i = 1; i <= a.length; i++) {
                for (int j = 1; j <= b.length; j++) {
                    cells[i * columns + j] = a[i - 1] == b[j - 1] ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
                }
            }
        }

        /** Redis allocates the table with a malloc that may fail; a JVM out of heap is the same answer. */
        private static int[] allocate(long size) {
            if (size > Integer.MAX_VALUE - 8) {
                throw NO_MEMORY;
            }
            try {
                return new int[(int) size];
            } catch (OutOfMemoryError e) {
                throw NO_MEMORY;
            }
        }

        private int at(int i, int j) {
            return cells[i * columns + j];
        }

        int length() {
            return at(a.length, b.length);
        }

        byte[] subsequence() {
            byte[] result = new byte[length()];
            int k = result.length;
            for (int i = a.length, j = b.length; i > 0 && j > 0; ) {
                if (a[i - 1] == b[j - 1]) {
                    result[--k] = a[i - 1];
                    i--;
                    j--;
                } else if (at(i - 1, j) > at(i, j - 1)) {
                    i--;
                } else {
                    j--;
                }
            }
            return result;
        }

        /**
         * The runs of consecutive matches met walking back from the end, each as {aStart, aEnd, bStart,
         * bEnd}, keeping those at least {@code minMatchLen} long (0 keeps all).
         */
        List<int[]> matches(long minMatchLen) {
            List<int[]> matches = new ArrayList<>();
            int[] run = null;
            for (int i = a.length, j = b.length; i > 0 && j > 0; ) {
                boolean emit = false;
                if (a[i - 1] == b[j - 1]) {
                    // A match right after a match is always the next byte of both strings: the run grows.
                    if (run == null) {
                        run = new int[] {i - 1, i - 1, j - 1, j - 1};
                    } else {
                        run[0]--;
                        run[2]--;
                    }
                    emit = run[0] == 0 || run[2] == 0;
                    i--;
                    j--;
                } else {
                    if (at(i - 1, j) > at(i, j - 1)) {
                        i--;
                    } else {
                        j--;
                    }
                    emit = run != null;
                }
                if (emit) {
                    if (run[1] - run[0] + 1 >= minMatchLen) {
                        matches.add(run);
                    }
                    run = null;
                }
            }
            return matches;
        }
    }
}
