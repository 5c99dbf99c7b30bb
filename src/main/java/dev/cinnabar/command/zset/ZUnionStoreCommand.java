package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX]. */
@Component
final class ZUnionStoreCommand extends SpecifiedCommand {

    private final Settings settings;

    ZUnionStoreCommand(Settings settings) {
        super(CommandSpec.of("zunionstore", -4, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.MOVABLEKEYS).keys(1, 1, 1).since("2.0.0")
                .complexity("O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.")
                .arguments("destination:key numkeys:integer key ... [WEIGHTS weight:integer ...] [AGGREGATE (SUM|MIN|MAX)]")
                .summary("Add multiple sorted sets and store the resulting sorted set in a new key"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        SetOperation.store(call, SetOperation.Kind.UNION, settings);
    }
}
