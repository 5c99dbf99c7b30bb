package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.List;

/** COMMAND INFO [command-name ...]: the entries of the named commands (null for unknown ones), or of all. */
@Component
final class CommandInfoCommand extends SpecifiedCommand {

    private final CommandCatalog catalog;

    CommandInfoCommand(CommandCatalog catalog) {
        super(CommandSpec.of("command|info", -2, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE)
                .arguments("[command-name ...]").categories(AclCategory.CONNECTION)
                .tips("nondeterministic_output_order").since("2.8.13")
                .complexity("O(N) where N is the number of commands to look up")
                .summary("Get array of specific Redis command details, or all when no argument is given"));
        this.catalog = catalog;
    }

    @Override
    public void execute(Call call) {
        List<CommandTable.Entry> requested = catalog.requested(call);
        Reply reply = call.reply();
        reply.array(requested.size());
        for (CommandTable.Entry entry : requested) {
            if (entry == null) {
                reply.nullBulk();
            } else {
                catalog.writeInfo(reply, entry);
            }
        }
    }
}
