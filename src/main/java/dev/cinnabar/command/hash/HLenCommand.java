package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HLEN key: how many fields the hash has, 0 when absent. */
@Component
final class HLenCommand extends SpecifiedCommand {

    HLenCommand() {
        super(CommandSpec.of("hlen", 2, Group.HASH)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.0.0").complexity("O(1)")
                .arguments("key")
                .summary("Get the number of fields in a hash"));
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.read(call);
        call.reply().integer(hash == null ? 0 : hash.fields().size());
    }
}
