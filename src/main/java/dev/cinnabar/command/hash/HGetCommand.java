package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HGET key field: the field's value, or null. */
@Component
final class HGetCommand extends SpecifiedCommand {

    HGetCommand() {
        super(CommandSpec.of("hget", 3, Group.HASH)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.0.0").complexity("O(1)")
                .arguments("key field")
                .summary("Get the value of a hash field"));
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.read(call);
        Hashes.replyValue(call, hash == null ? null : hash.fields(), call.arg(2));
    }
}
