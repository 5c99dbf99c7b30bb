package dev.cinnabar.command.set;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** SUNIONSTORE destination key [key ...]: stores the union (deleting the destination if it is empty); its size. */
@Component
final class SUnionStoreCommand extends CombiningCommand {

    SUnionStoreCommand(Settings settings) {
        super(CommandSpec.of("sunionstore", -3, Group.SET)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, -1, 1)
                .arguments("destination:key key ...")
                .complexity("O(N) where N is the total number of elements in all given sets.")
                .summary("Add multiple sets and store the resulting set in a key"), settings, true);
    }

    @Override
    SetValue combine(SetValue[] sets, long maxIntsetEntries) {
        return SetAlgebra.union(sets, maxIntsetEntries);
    }
}
