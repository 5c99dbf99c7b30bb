package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HEXISTS key field: 1 if the hash has the field, else 0. */
@Component
final class HExistsCommand extends SpecifiedCommand {

    HExistsCommand() {
        super(CommandSpec.of("hexists", 3, Group.HASH)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.0.0").complexity("O(1)")
                .arguments("key field")
                .summary("Determine if a hash field exists"));
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.read(call);
        call.reply().integer(hash != null && hash.fields().find(call.arg(2)) >= 0 ? 1 : 0);
    }
}
