package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** PING [message]: PONG, or the message back as a bulk string, in RESP2 and RESP3 alike. */
@Component
final class PingCommand extends SpecifiedCommand {

    PingCommand() {
        super(CommandSpec.of("ping", -1, Group.CONNECTION)
                .flags(Flag.FAST)
                .arguments("[message]").tips("request_policy:all_shards", "response_policy:all_succeeded")
                .complexity("O(1)").summary("Ping the server"));
    }

    @Override
    public void execute(Call call) {
        // The table's arity only says "at least one"; Redis checks the upper bound in the command.
        if (call.argc() > 2) {
            throw new RedisError("ERR wrong number of arguments for '" + call.commandName() + "' command");
        }
        if (call.argc() == 2) {
            call.reply().bulk(call.arg(1));
        } else {
            call.reply().simple("PONG");
        }
    }
}
