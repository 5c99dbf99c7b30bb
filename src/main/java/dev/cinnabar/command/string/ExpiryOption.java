package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Deadlines;
import dev.cinnabar.keyspace.Entry;

import java.util.concurrent.TimeUnit;

/**
 * The expiry options of SET (EX, PX, EXAT, PXAT, KEEPTTL) and of GETEX (the same with PERSIST in place of
 * KEEPTTL). As in Redis, one option may be repeated (the last value counts) but two different ones may not.
 */
final class ExpiryOption {

    private enum Kind {
        EX, PX, EXAT, PXAT, KEEPTTL, PERSIST;

        boolean takesValue() {
            return this != KEEPTTL && this != PERSIST;
        }
    }

    private final Kind flagOption;
    private Kind kind;
    private int valueArg = -1;

    private ExpiryOption(Kind flagOption) {
        this.flagOption = flagOption;
    }

    static ExpiryOption forSet() {
        return new ExpiryOption(Kind.KEEPTTL);
    }

    static ExpiryOption forGetex() {
        return new ExpiryOption(Kind.PERSIST);
    }

    /**
     * Takes the argument at {@code i} if it is an expiry option allowed here; returns the index of the last
     * argument it used (the option's value, if any), or -1 when the argument is not such an option.
     */
    int accept(Call call, int i) {
        Kind found = switch (call.option(i)) {
            case "ex" -> Kind.EX;
            case "px" -> Kind.PX;
            case "exat" -> Kind.EXAT;
            case "pxat" -> Kind.PXAT;
            case "keepttl" -> Kind.KEEPTTL;
            case "persist" -> Kind.PERSIST;
            default -> null;
        };
        if (found == null || (!found.takesValue() && found != flagOption) || (kind != null && kind != found)) {
            return -1;
        }
        if (found.takesValue()) {
            if (i + 1 >= call.argc()) {
                return -1;
            }
            valueArg = i + 1;
        }
        kind = found;
        return found.takesValue() ? i + 1 : i;
    }

    boolean keepTtl() {
        return kind == Kind.KEEPTTL;
    }

    boolean persist() {
        return kind == Kind.PERSIST;
    }

    boolean timed() {
        return kind != null && kind.takesValue();
    }

    /** EXAT or PXAT: a timestamp, which may already be in the past. */
    boolean absolute() {
        return kind == Kind.EXAT || kind == Kind.PXAT;
    }

    /** The deadline the option sets, in epoch ms ({@link Entry#NO_EXPIRY} if none), with Redis's errors. */
    long deadline(Call call) {
        if (!timed()) {
            return Entry.NO_EXPIRY;
        }
        TimeUnit unit = kind == Kind.EX || kind == Kind.EXAT ? TimeUnit.SECONDS : TimeUnit.MILLISECONDS;
        return Deadlines.parse(call, valueArg, unit, !absolute());
    }
}
