package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;

/** ZCOUNT and ZLEXCOUNT: how many members lie in a range; the range is checked even for a missing key. */
abstract class CountCommand extends SpecifiedCommand {

    CountCommand(CommandSpec spec) {
        super(spec);
    }

    /** The range the min and max arguments describe. */
    abstract Range range(byte[] min, byte[] max);

    @Override
    public final void execute(Call call) {
        Range range = range(call.arg(2), call.arg(3));
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        call.reply().integer(zset == null ? 0 : range.ranks(zset).length());
    }
}
