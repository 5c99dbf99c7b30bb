package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HSETNX key field value: sets the field only if it is absent; 1 if it did, else 0. */
@Component
final class HSetNxCommand extends SpecifiedCommand {

    private final Settings settings;

    HSetNxCommand(Settings settings) {
        super(CommandSpec.of("hsetnx", 4, Group.HASH)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.0.0").complexity("O(1)")
                .arguments("key field value")
                .summary("Set the value of a hash field, only if the field does not exist"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.writeOrCreate(call);
        boolean absent = hash.fields().find(call.arg(2)) < 0;
        if (absent) {
            hash.put(call.arg(2), call.arg(3), settings);
        }
        call.reply().integer(absent ? 1 : 0);
    }
}
