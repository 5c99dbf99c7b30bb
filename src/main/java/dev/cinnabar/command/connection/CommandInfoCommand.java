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
        Reply reply = call.reply();
        if (call.argc() == 2) {
            reply.array(catalog.size());
            catalog.entries().forEach(entry -> catalog.writeInfo(reply, entry));
            return;
        }
        reply.array(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            CommandTable.Entry entry = catalog.find(call.text(i));
            if (entry == null) {
                reply.nullBulk();
            } else {
                catalog.writeInfo(reply, entry);
            }
        }
    }
}
