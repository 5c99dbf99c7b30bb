package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ECHO message: the message back as a bulk string. */
@Component
final class EchoCommand extends SpecifiedCommand {

    EchoCommand() {
        super(CommandSpec.of("echo", 2, Group.CONNECTION)
                .flags(Flag.LOADING, Flag.STALE, Flag.FAST)
                .arguments("message").complexity("O(1)").summary("Echo the given string"));
    }

    @Override
    public void execute(Call call) {
        call.reply().bulk(call.arg(1));
    }
}
