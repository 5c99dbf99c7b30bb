package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SWAPDB index1 index2: exchanges two databases' contents; clients stay on their index. */
@Component
final class SwapdbCommand extends SpecifiedCommand {

    private static final RedisError INVALID_FIRST = new RedisError("ERR invalid first DB index");
    private static final RedisError INVALID_SECOND = new RedisError("ERR invalid second DB index");

    SwapdbCommand() {
        super(CommandSpec.of("swapdb", 3, Group.SERVER)
                .flags(Flag.WRITE, Flag.FAST).since("4.0.0")
                .summary("Swaps two Redis databases"));
    }

    @Override
    public void execute(Call call) {
        int first = index(call, 1, INVALID_FIRST);
        int second = index(call, 2, INVALID_SECOND);
        call.db().swap(DbArgs.checked(call, first), DbArgs.checked(call, second));
        call.reply().ok();
    }

    /** Any argument that is not a C int gets SWAPDB's own error rather than the usual integer ones. */
    private static int index(Call call, int arg, RedisError invalid) {
        try {
            return DbArgs.index(call, arg);
        } catch (RedisError e) {
            throw invalid;
        }
    }
}
