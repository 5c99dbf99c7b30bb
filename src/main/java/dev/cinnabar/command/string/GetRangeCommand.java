package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** GETRANGE key start end: the bytes from start to end inclusive; negative offsets count from the end. */
@Component
final class GetRangeCommand extends SpecifiedCommand {

    private static final byte[] EMPTY = new byte[0];

    GetRangeCommand() {
        super(CommandSpec.of("getrange", 4, Group.STRING)
                .flags(Flag.READONLY).keys(1, 1, 1).since("2.4.0")
                .summary("Get a substring of the string stored at a key"));
    }

    @Override
    public void execute(Call call) {
        reply(call);
    }

    /** Shared with SUBSTR, with Redis's clamping (in which, say, -100 -100 still yields the first byte). */
    static void reply(Call call) {
        long start = call.integer(2);
        long end = call.integer(3);
        Object value = Strings.read(call, call.arg(1));
        long length = value == null ? 0 : Strings.length(value);
        if (start < 0 && end < 0 && start > end) {
            call.reply().bulk(EMPTY);
            return;
        }
        start = Math.max(0, start < 0 ? start + length : start);
        end = Math.min(length - 1, Math.max(0, end < 0 ? end + length : end));
        if (start > end || length == 0) {
            call.reply().bulk(EMPTY);
        } else {
            call.reply().bulk(Strings.buffer(value), (int) start, (int) (end - start + 1));
        }
    }
}
