package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HKEYS key: every field, in the hash's order. */
@Component
final class HKeysCommand extends SpecifiedCommand {

    HKeysCommand() {
        super(CommandSpec.of("hkeys", 2, Group.HASH)
                .flags(Flag.READONLY).keys(1, 1, 1).tips("nondeterministic_output_order").since("2.0.0")
                .complexity("O(N) where N is the size of the hash.")
                .arguments("key")
                .summary("Get all the fields in a hash"));
    }

    @Override
    public void execute(Call call) {
        Hashes.replyAll(call, Hashes.Listing.FIELDS);
    }
}
