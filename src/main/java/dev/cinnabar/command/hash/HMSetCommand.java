package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HMSET key field value [field value ...]: HSET's older form, replying OK. */
@Component
final class HMSetCommand extends SpecifiedCommand {

    private final Settings settings;

    HMSetCommand(Settings settings) {
        super(CommandSpec.of("hmset", -4, Group.HASH)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.0.0")
                .complexity("O(N) where N is the number of fields being set.")
                .arguments("key (field value) ...")
                .summary("Set multiple hash fields to multiple values"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        Hashes.setPairs(call, settings);
        call.reply().ok();
    }
}
