package dev.cinnabar.command.connection;

import dev.cinnabar.command.BlockedClients;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/**
 * CLIENT UNBLOCK client-id [TIMEOUT|ERROR]: ends another client's blocking command, as if it timed out
 * or with the UNBLOCKED error; 1 if that client was blocked, else 0.
 */
@Component
final class ClientUnblockCommand extends SpecifiedCommand {

    private static final RedisError BAD_REASON = new RedisError("ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR");

    private final BlockedClients blocked;

    ClientUnblockCommand(BlockedClients blocked) {
        super(CommandSpec.of("client|unblock", -3, Group.CONNECTION)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("client-id [TIMEOUT|ERROR]").since("5.0.0").complexity("O(log N) where N is the number of client connections")
                .summary("Unblock a client blocked in a blocking command from a different connection"));
        this.blocked = blocked;
    }

    @Override
    public void execute(Call call) {
        if (call.argc() > 4) {
            throw new RedisError("ERR unknown subcommand or wrong number of arguments for '" + call.text(1)
                    + "'. Try CLIENT HELP.");
        }
        boolean withError = false;
        if (call.argc() == 4) {
            if (call.is(3, "ERROR")) {
                withError = true;
            } else if (!call.is(3, "TIMEOUT")) {
                throw BAD_REASON;
            }
        }
        long id = call.integer(2);
        call.reply().integer(blocked.unblock(id, withError) ? 1 : 0);
    }
}
