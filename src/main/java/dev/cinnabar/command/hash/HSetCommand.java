package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HSET key field value [field value ...]: sets the fields; replies with how many were new. */
@Component
final class HSetCommand extends SpecifiedCommand {

    private final Settings settings;

    HSetCommand(Settings settings) {
        super(CommandSpec.of("hset", -4, Group.HASH)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.0.0")
                .complexity("O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command"
                        + " is called with multiple field/value pairs.")
                .arguments("key (field value) ...")
                .summary("Set the string value of a hash field"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        call.reply().integer(Hashes.setPairs(call, settings));
    }
}
