package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HSTRLEN key field: the length of the field's value, 0 when absent. */
@Component
final class HStrlenCommand extends SpecifiedCommand {

    HStrlenCommand() {
        super(CommandSpec.of("hstrlen", 3, Group.HASH)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("3.2.0").complexity("O(1)")
                .arguments("key field")
                .summary("Get the length of the value of a hash field"));
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.read(call);
        int handle = hash == null ? -1 : hash.fields().find(call.arg(2));
        call.reply().integer(handle < 0 ? 0 : hash.fields().valueLength(handle));
    }
}
