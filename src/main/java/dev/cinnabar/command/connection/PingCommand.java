package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** PING [message]: PONG, or the message back as a bulk string. */
@Component
final class PingCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("ping", -1, Group.CONNECTION)
            .flags(Flag.FAST).summary("Returns the server's liveliness response.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        if (call.argc() > 2) {
            throw new dev.cinnabar.command.RedisError("ERR wrong number of arguments for 'ping' command");
        }
        if (call.argc() == 2) {
            call.reply().bulk(call.arg(1));
        } else {
            call.reply().simple("PONG");
        }
    }
}
