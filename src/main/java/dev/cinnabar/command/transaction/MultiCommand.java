package dev.cinnabar.command.transaction;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.Transaction;
import org.springframework.stereotype.Component;

/** MULTI: starts a transaction; the dispatcher queues the commands that follow until EXEC or DISCARD. */
@Component
final class MultiCommand extends SpecifiedCommand {

    private static final RedisError NESTED = new RedisError("ERR MULTI calls can not be nested");

    MultiCommand() {
        super(CommandSpec.of("multi", 1, Group.TRANSACTIONS)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.ALLOW_BUSY)
                .since("1.2.0").complexity("O(1)").summary("Mark the start of a transaction block"));
    }

    @Override
    public void execute(Call call) {
        if (call.client().transaction() != null) {
            throw NESTED;
        }
        call.client().transaction(new Transaction());
        call.reply().ok();
    }
}
