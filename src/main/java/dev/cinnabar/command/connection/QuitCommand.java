package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** QUIT: OK, then the server closes the connection once the reply is sent. */
@Component
final class QuitCommand extends SpecifiedCommand {

    QuitCommand() {
        super(CommandSpec.of("quit", -1, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.NO_AUTH, Flag.ALLOW_BUSY)
                .complexity("O(1)").summary("Close the connection"));
    }

    @Override
    public void execute(Call call) {
        call.reply().ok();
        call.client().closeAfterReply();
    }
}
