package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SELECT index: switches the connection to another database. */
@Component
final class SelectCommand extends SpecifiedCommand {

    private static final RedisError NOT_AN_INT = new RedisError(
            "ERR value is out of range, value must between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);

    SelectCommand() {
        super(CommandSpec.of("select", 2, Group.CONNECTION)
                .flags(Flag.LOADING, Flag.STALE, Flag.FAST)
                .arguments("index:integer").complexity("O(1)")
                .summary("Change the selected database for the current connection"));
    }

    @Override
    public void execute(Call call) {
        long index = call.integer(1);
        if (index < Integer.MIN_VALUE || index > Integer.MAX_VALUE) {
            throw NOT_AN_INT;
        }
        if (index < 0 || index >= call.db().count()) {
            throw RedisError.DB_INDEX_OUT_OF_RANGE;
        }
        call.client().db((int) index);
        call.reply().ok();
    }
}
