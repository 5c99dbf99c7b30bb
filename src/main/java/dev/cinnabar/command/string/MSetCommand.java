package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** MSET key value [key value ...]: sets every key, dropping their TTLs. */
@Component
final class MSetCommand extends SpecifiedCommand {

    MSetCommand() {
        super(CommandSpec.of("mset", -3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, -1, 2).since("1.0.1")
                .summary("Set multiple keys to multiple values"));
    }

    @Override
    public void execute(Call call) {
        StringWrites.checkPairs(call);
        StringWrites.storePairs(call);
        call.reply().ok();
    }
}
