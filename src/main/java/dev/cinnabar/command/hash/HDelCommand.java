package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** HDEL key field [field ...]: removes the fields, and the key once none is left; replies how many went. */
@Component
final class HDelCommand extends SpecifiedCommand {

    HDelCommand() {
        super(CommandSpec.of("hdel", -3, Group.HASH)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("2.0.0")
                .complexity("O(N) where N is the number of fields to be removed.")
                .arguments("key field ...")
                .summary("Delete one or more hash fields"));
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.write(call);
        int removed = 0;
        if (hash != null) {
            for (int i = 2; i < call.argc(); i++) {
                if (hash.remove(call.arg(i))) {
                    removed++;
                }
            }
            TypedKeys.removeIfEmpty(call, call.arg(1), hash);
        }
        call.reply().integer(removed);
    }
}
