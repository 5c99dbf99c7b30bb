package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** FLUSHDB [ASYNC | SYNC]: deletes every key of the selected database. */
@Component
final class FlushdbCommand extends SpecifiedCommand {

    FlushdbCommand() {
        super(CommandSpec.of("flushdb", -1, Group.SERVER)
                .flags(Flag.WRITE)
                .summary("Remove all keys from the current database"));
    }

    @Override
    public void execute(Call call) {
        FlushMode.check(call);
        call.database().clear();
        call.reply().ok();
    }
}
