package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** FLUSHALL [ASYNC | SYNC]: deletes every key of every database. */
@Component
final class FlushallCommand extends SpecifiedCommand {

    FlushallCommand() {
        super(CommandSpec.of("flushall", -1, Group.SERVER)
                .flags(Flag.WRITE)
                .summary("Remove all keys from all databases"));
    }

    @Override
    public void execute(Call call) {
        FlushMode.check(call);
        call.db().flushAll();
        call.reply().ok();
    }
}
