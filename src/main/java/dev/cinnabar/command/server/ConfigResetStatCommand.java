package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** CONFIG RESETSTAT: zeroes the counters INFO reports (server, keyspace and per-command). */
@Component
final class ConfigResetStatCommand extends SpecifiedCommand {

    private final ServerStats stats;
    private final ObjectProvider<CommandTable> table;

    ConfigResetStatCommand(ServerStats stats, ObjectProvider<CommandTable> table) {
        super(CommandSpec.of("config|resetstat", 2, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("2.0.0")
                .complexity("O(1)").summary("Reset the stats returned by INFO"));
        this.stats = stats;
        this.table = table;
    }

    @Override
    public void execute(Call call) {
        stats.reset();
        call.db().resetStats();
        table.getObject().allEntries().forEach(entry -> entry.stats().reset());
        call.reply().ok();
    }
}
