package dev.cinnabar.command.server;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/**
 * LASTSAVE: the Unix time of the last successful save. Nothing is persisted yet, so it is the start
 * time, as Redis reports before its first save.
 */
@Component
final class LastSaveCommand extends SpecifiedCommand {

    private final ServerStats stats;

    LastSaveCommand(ServerStats stats) {
        super(CommandSpec.of("lastsave", 1, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE, Flag.FAST).categories(AclCategory.ADMIN, AclCategory.DANGEROUS)
                .tips("nondeterministic_output").complexity("O(1)")
                .summary("Get the UNIX time stamp of the last successful save to disk"));
        this.stats = stats;
    }

    @Override
    public void execute(Call call) {
        call.reply().integer(stats.startedAt() / 1000);
    }
}
