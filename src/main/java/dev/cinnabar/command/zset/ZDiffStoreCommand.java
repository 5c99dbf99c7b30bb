package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZDIFFSTORE destination numkeys key [key ...]. */
@Component
final class ZDiffStoreCommand extends SpecifiedCommand {

    private final Settings settings;

    ZDiffStoreCommand(Settings settings) {
        super(CommandSpec.of("zdiffstore", -4, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.MOVABLEKEYS).keys(1, 1, 1).since("6.2.0")
                .complexity("O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.")
                .arguments("destination:key numkeys:integer key ...")
                .summary("Subtract multiple sorted sets and store the resulting sorted set in a new key"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        SetOperation.store(call, SetOperation.Kind.DIFF, settings);
    }
}
