package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HVALS key: every value, in the hash's order. */
@Component
final class HValsCommand extends SpecifiedCommand {

    HValsCommand() {
        super(CommandSpec.of("hvals", 2, Group.HASH)
                .flags(Flag.READONLY).keys(1, 1, 1).tips("nondeterministic_output_order").since("2.0.0")
                .complexity("O(N) where N is the size of the hash.")
                .arguments("key")
                .summary("Get all the values in a hash"));
    }

    @Override
    public void execute(Call call) {
        Hashes.replyAll(call, Hashes.Listing.VALUES);
    }
}
