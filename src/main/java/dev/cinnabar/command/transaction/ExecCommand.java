package dev.cinnabar.command.transaction;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.Transaction;
import dev.cinnabar.command.WatchedKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * EXEC: runs the queued commands as one unit (no other client's command runs in between, since all run
 * under the execution lock) and replies with the array of their replies; a null array if a watched key
 * changed, EXECABORT if queueing a command failed.
 */
@Component
final class ExecCommand extends SpecifiedCommand {

    private static final RedisError WITHOUT_MULTI = new RedisError("ERR EXEC without MULTI");
    private static final RedisError ABORTED =
            new RedisError("EXECABORT Transaction discarded because of previous errors.");

    private final WatchedKeys watched;
    // The dispatcher is built from the command table this command belongs to, so it is looked up late.
    private final ObjectProvider<Dispatcher> dispatcher;

    ExecCommand(WatchedKeys watched, ObjectProvider<Dispatcher> dispatcher) {
        super(CommandSpec.of("exec", 1, Group.TRANSACTIONS)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.SKIP_SLOWLOG)
                .since("1.2.0").complexity("Depends on commands in the transaction")
                .summary("Execute all commands issued after MULTI"));
        this.watched = watched;
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(Call call) {
        Transaction transaction = call.client().transaction();
        if (transaction == null) {
            throw WITHOUT_MULTI;
        }
        call.client().transaction(null);
        boolean changed = watched.changed(call.client());
        watched.unwatch(call.client());
        if (transaction.aborted()) {
            throw ABORTED;
        }
        if (changed) {
            call.reply().nullArray();
            return;
        }
        dispatcher.getObject().runQueued(call, transaction);
    }
}
